package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.BerichtSoort;

import java.time.Instant;
import java.util.UUID;

/** A question or advice of the KC, or the owner's answer; never changed once written. */
@Entity
@Table(name = "escalatie_bericht")
public class EscalatieBericht {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "escalatie_id", nullable = false, updatable = false)
    private UUID escalatieId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BerichtSoort soort;

    @Column(nullable = false, length = 2000, updatable = false)
    private String tekst;

    @Column(name = "auteur_id", nullable = false, updatable = false)
    private UUID auteurId;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected EscalatieBericht() {
    }

    public EscalatieBericht(UUID escalatieId, BerichtSoort soort, String tekst, UUID auteurId, Instant nu) {
        this.escalatieId = escalatieId;
        this.soort = soort;
        this.tekst = tekst;
        this.auteurId = auteurId;
        this.aangemaakt = nu;
    }

    public UUID getId() {
        return id;
    }

    public UUID getEscalatieId() {
        return escalatieId;
    }

    public BerichtSoort getSoort() {
        return soort;
    }

    public String getTekst() {
        return tekst;
    }

    public UUID getAuteurId() {
        return auteurId;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }
}
