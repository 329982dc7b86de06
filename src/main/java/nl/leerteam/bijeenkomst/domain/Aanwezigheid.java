package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.util.UUID;

/** One browser window that has a meeting open, so everyone sees who is in the meeting now. */
@Entity
@Table(name = "aanwezigheid")
public class Aanwezigheid implements Persistable<UUID> {

    @Id
    @Column(name = "verbinding_id")
    private UUID verbindingId;

    @Column(name = "bijeenkomst_id", nullable = false, updatable = false)
    private UUID bijeenkomstId;

    @Column(name = "gebruiker_id", nullable = false, updatable = false)
    private UUID gebruikerId;

    @Column(nullable = false, updatable = false)
    private Instant sinds;

    // The id is the window's own, so Spring Data cannot tell a new row by it: without this, every arrival
    // would first be looked up in the database.
    @Transient
    private boolean nieuw;

    protected Aanwezigheid() {
    }

    public Aanwezigheid(UUID verbindingId, UUID bijeenkomstId, UUID gebruikerId, Instant sinds) {
        this.verbindingId = verbindingId;
        this.bijeenkomstId = bijeenkomstId;
        this.gebruikerId = gebruikerId;
        this.sinds = sinds;
        this.nieuw = true;
    }

    @Override
    public UUID getId() {
        return verbindingId;
    }

    @Override
    public boolean isNew() {
        return nieuw;
    }

    public UUID getBijeenkomstId() {
        return bijeenkomstId;
    }

    public UUID getGebruikerId() {
        return gebruikerId;
    }
}
