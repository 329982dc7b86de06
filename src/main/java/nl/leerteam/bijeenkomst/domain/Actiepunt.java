package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something someone will do by a date; it returns on every next agenda until it is done. */
@Entity
@Table(name = "actiepunt")
public class Actiepunt extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    @Column(name = "leerteam_id", nullable = false, updatable = false)
    private UUID leerteamId;

    @Column(name = "bijeenkomst_id", nullable = false, updatable = false)
    private UUID bijeenkomstId;

    @Column(name = "agendapunt_id", updatable = false)
    private UUID agendapuntId;

    @Column(nullable = false, length = 500)
    private String tekst;

    @Column(name = "eigenaar_id", nullable = false)
    private UUID eigenaarId;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "afgerond_op")
    private Instant afgerondOp;

    @Column(name = "afgerond_in")
    private UUID afgerondIn;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected Actiepunt() {
    }

    public Actiepunt(UUID bestuurId, UUID leerteamId, UUID bijeenkomstId, UUID agendapuntId, String tekst, UUID eigenaarId,
                     LocalDate deadline, Instant nu) {
        this.bestuurId = bestuurId;
        this.leerteamId = leerteamId;
        this.bijeenkomstId = bijeenkomstId;
        this.agendapuntId = agendapuntId;
        this.tekst = tekst;
        this.eigenaarId = eigenaarId;
        this.deadline = deadline;
        this.aangemaakt = nu;
    }

    /** @param in the meeting in which it was ticked off, if any */
    public void rondAf(UUID in, Instant nu) {
        this.afgerondOp = nu;
        this.afgerondIn = in;
    }

    public void heropen() {
        this.afgerondOp = null;
        this.afgerondIn = null;
    }

    public UUID getLeerteamId() {
        return leerteamId;
    }

    public UUID getBijeenkomstId() {
        return bijeenkomstId;
    }

    public UUID getAgendapuntId() {
        return agendapuntId;
    }

    public String getTekst() {
        return tekst;
    }

    public UUID getEigenaarId() {
        return eigenaarId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getAfgerondOp() {
        return afgerondOp;
    }

    public UUID getAfgerondIn() {
        return afgerondIn;
    }

    public boolean isAfgerond() {
        return afgerondOp != null;
    }
}
