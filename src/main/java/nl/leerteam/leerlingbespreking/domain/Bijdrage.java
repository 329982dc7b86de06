package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.Factor;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.util.UUID;

/** A question, factor or idea someone adds during a discussion; the owner answers questions. */
@Entity
@Table(name = "bijdrage")
public class Bijdrage extends AbstractEntity {

    public enum Soort { VRAAG, FACTOR, IDEE }

    @Column(name = "bespreking_id", nullable = false, updatable = false)
    private UUID besprekingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Soort soort;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Factor factor;

    @Column(nullable = false, length = 1000, updatable = false)
    private String tekst;

    @Column(length = 2000)
    private String antwoord;

    @Column(name = "auteur_id", nullable = false, updatable = false)
    private UUID auteurId;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected Bijdrage() {
    }

    public Bijdrage(UUID besprekingId, Soort soort, Factor factor, String tekst, UUID auteurId, Instant nu) {
        this.besprekingId = besprekingId;
        this.soort = soort;
        this.factor = factor;
        this.tekst = tekst;
        this.auteurId = auteurId;
        this.aangemaakt = nu;
    }

    public void beantwoord(String antwoord) {
        this.antwoord = antwoord;
    }

    public UUID getBesprekingId() {
        return besprekingId;
    }

    public Soort getSoort() {
        return soort;
    }

    public Factor getFactor() {
        return factor;
    }

    public String getTekst() {
        return tekst;
    }

    public String getAntwoord() {
        return antwoord;
    }

    public UUID getAuteurId() {
        return auteurId;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }
}
