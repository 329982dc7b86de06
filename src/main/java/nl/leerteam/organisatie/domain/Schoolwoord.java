package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.util.UUID;

/** A word that is no name at one school (a method, a local project): the privacy guard leaves it alone there. */
@Entity
@Table(name = "school_woord")
public class Schoolwoord extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;
    @Column(nullable = false, length = 60, updatable = false)
    private String woord;
    @Column(name = "toegevoegd_door", updatable = false)
    private UUID toegevoegdDoor;
    @Column(name = "toegevoegd_op", nullable = false, updatable = false)
    private Instant toegevoegdOp;

    protected Schoolwoord() {
    }

    public Schoolwoord(UUID bestuurId, UUID schoolId, String woord, UUID toegevoegdDoor, Instant toegevoegdOp) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.woord = woord;
        this.toegevoegdDoor = toegevoegdDoor;
        this.toegevoegdOp = toegevoegdOp;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public String getWoord() {
        return woord;
    }

    public UUID getToegevoegdDoor() {
        return toegevoegdDoor;
    }

    public Instant getToegevoegdOp() {
        return toegevoegdOp;
    }
}
