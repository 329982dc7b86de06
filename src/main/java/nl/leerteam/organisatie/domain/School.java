package nl.leerteam.organisatie.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.util.UUID;

/** A school of a board, known to the inspectorate by its BRIN code. */
@Entity
@Table(name = "school")
public class School extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(nullable = false, length = 4)
    private String brin;

    @Column(length = 100)
    private String plaats;

    protected School() {
    }

    public School(UUID bestuurId, String naam, String brin, String plaats) {
        this.bestuurId = bestuurId;
        this.naam = naam;
        this.brin = brin;
        this.plaats = plaats;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public String getNaam() {
        return naam;
    }

    public String getBrin() {
        return brin;
    }

    public String getPlaats() {
        return plaats;
    }

    public void wijzig(String naam, String brin, String plaats) {
        this.naam = naam;
        this.brin = brin;
        this.plaats = plaats;
    }
}
