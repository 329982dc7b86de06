package nl.leerteam.klassenbezoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of a kijkwijzer; once a visit used it, it never changes again. */
@Entity
@Table(name = "kijkwijzer_versie")
public class KijkwijzerVersie {

    @Id
    private UUID id = UUID.randomUUID();

    @Column(name = "kijkwijzer_id", nullable = false, updatable = false)
    private UUID kijkwijzerId;

    @Column(nullable = false, updatable = false)
    private int nummer;

    @Column(length = 1000)
    private String omschrijving;

    /** The domains and criteria as JSON, in the exchange format. */
    @Column(nullable = false, columnDefinition = "text")
    private String inhoud;

    @Column(nullable = false)
    private boolean gebruikt;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected KijkwijzerVersie() {
    }

    public KijkwijzerVersie(UUID kijkwijzerId, int nummer, String omschrijving, String inhoud, Instant nu) {
        this.kijkwijzerId = kijkwijzerId;
        this.nummer = nummer;
        this.omschrijving = omschrijving;
        this.inhoud = inhoud;
        this.aangemaakt = nu;
    }

    /** Only while no visit used this version. */
    public void vervang(String omschrijving, String inhoud) {
        if (gebruikt) {
            throw new IllegalStateException("A used version never changes");
        }
        this.omschrijving = omschrijving;
        this.inhoud = inhoud;
    }

    public void markeerGebruikt() {
        this.gebruikt = true;
    }

    public UUID getId() {
        return id;
    }

    public UUID getKijkwijzerId() {
        return kijkwijzerId;
    }

    public int getNummer() {
        return nummer;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getInhoud() {
        return inhoud;
    }

    public boolean isGebruikt() {
        return gebruikt;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }
}
