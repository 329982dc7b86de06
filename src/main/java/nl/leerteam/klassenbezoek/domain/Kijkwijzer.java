package nl.leerteam.klassenbezoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.util.UUID;

/** A kijkwijzer of one school, or of the whole board when it has no school. */
@Entity
@Table(name = "kijkwijzer")
public class Kijkwijzer extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    @Column(name = "school_id", updatable = false)
    private UUID schoolId;

    @Column(nullable = false, length = 120)
    private String naam;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    @Column(nullable = false)
    private Instant gewijzigd;

    protected Kijkwijzer() {
    }

    public Kijkwijzer(UUID bestuurId, UUID schoolId, String naam, Instant nu) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.naam = naam;
        this.aangemaakt = nu;
        this.gewijzigd = nu;
    }

    public void hernoem(String naam, Instant nu) {
        this.naam = naam;
        this.gewijzigd = nu;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public String getNaam() {
        return naam;
    }

    public Instant getGewijzigd() {
        return gewijzigd;
    }
}
