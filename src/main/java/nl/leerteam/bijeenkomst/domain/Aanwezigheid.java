package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One browser window that has a meeting open, so everyone sees who is in the meeting now. */
@Entity
@Table(name = "aanwezigheid")
public class Aanwezigheid {

    @Id
    @Column(name = "verbinding_id")
    private UUID verbindingId;

    @Column(name = "bijeenkomst_id", nullable = false, updatable = false)
    private UUID bijeenkomstId;

    @Column(name = "gebruiker_id", nullable = false, updatable = false)
    private UUID gebruikerId;

    @Column(nullable = false, updatable = false)
    private Instant sinds;

    protected Aanwezigheid() {
    }

    public Aanwezigheid(UUID verbindingId, UUID bijeenkomstId, UUID gebruikerId, Instant sinds) {
        this.verbindingId = verbindingId;
        this.bijeenkomstId = bijeenkomstId;
        this.gebruikerId = gebruikerId;
        this.sinds = sinds;
    }

    public UUID getBijeenkomstId() {
        return bijeenkomstId;
    }

    public UUID getGebruikerId() {
        return gebruikerId;
    }
}
