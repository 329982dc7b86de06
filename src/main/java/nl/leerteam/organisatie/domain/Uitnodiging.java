package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.util.UUID;

/** An invitation for a person to bind their login to Leerteam. Only the hash of its code is kept. */
@Entity
@Table(name = "uitnodiging")
public class Uitnodiging extends AbstractEntity {

    @Column(name = "bestuur_id", updatable = false)
    private UUID bestuurId;

    @Column(name = "gebruiker_id", nullable = false, updatable = false)
    private UUID gebruikerId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt = Instant.now();

    @Column(name = "verloopt_op", nullable = false)
    private Instant verlooptOp;

    @Column(name = "geaccepteerd_op")
    private Instant geaccepteerdOp;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "uitgenodigd_door")
    private UUID uitgenodigdDoor;

    protected Uitnodiging() {
    }

    public Uitnodiging(UUID bestuurId, UUID gebruikerId, String codeHash, Instant verlooptOp, UUID uitgenodigdDoor) {
        this.bestuurId = bestuurId;
        this.gebruikerId = gebruikerId;
        this.codeHash = codeHash;
        this.verlooptOp = verlooptOp;
        this.uitgenodigdDoor = uitgenodigdDoor;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    /** Who sent it; {@code null} when the installation invited its first administrator. */
    public UUID getUitgenodigdDoor() {
        return uitgenodigdDoor;
    }

    public UUID getGebruikerId() {
        return gebruikerId;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }

    public Instant getVerlooptOp() {
        return verlooptOp;
    }

    public Instant getGeaccepteerdOp() {
        return geaccepteerdOp;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public boolean isOpen(Instant nu) {
        return geaccepteerdOp == null && ingetrokkenOp == null && nu.isBefore(verlooptOp);
    }

    public void accepteer(Instant nu) {
        this.geaccepteerdOp = nu;
    }

    public void trekIn(Instant nu) {
        this.ingetrokkenOp = nu;
    }
}
