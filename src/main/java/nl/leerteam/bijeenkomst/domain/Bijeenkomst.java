package nl.leerteam.bijeenkomst.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.bijeenkomst.BijeenkomstStatus;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting of a leerteam, led by its facilitator; the note taker keeps the minutes. */
@Entity
@Table(name = "bijeenkomst")
public class Bijeenkomst extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    /** Null for a meeting of the board's KC-platform. */
    @Column(name = "school_id", updatable = false)
    private UUID schoolId;

    @Column(name = "leerteam_id", nullable = false, updatable = false)
    private UUID leerteamId;

    @Column(nullable = false, length = 120)
    private String titel;

    @Column(nullable = false)
    private LocalDate datum;

    @Column(nullable = false)
    private LocalTime begintijd;

    @Column(nullable = false)
    private LocalTime eindtijd;

    @Column(length = 200)
    private String plaats;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(name = "voorzitter_id", nullable = false)
    private UUID voorzitterId;

    @Column(name = "notulist_id", nullable = false)
    private UUID notulistId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BijeenkomstStatus status = BijeenkomstStatus.GEPLAND;

    @Column(name = "huidig_agendapunt_id")
    private UUID huidigAgendapuntId;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;

    protected Bijeenkomst() {
    }

    public Bijeenkomst(UUID bestuurId, UUID schoolId, UUID leerteamId, Instant nu) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.leerteamId = leerteamId;
        this.aangemaakt = nu;
    }

    /** The plan; every value has been checked by the caller. */
    public record Plan(String titel, LocalDate datum, LocalTime begintijd, LocalTime eindtijd, String plaats,
                       String onlineLink, UUID voorzitterId, UUID notulistId) {
    }

    public void plan(Plan plan) {
        this.titel = plan.titel();
        this.datum = plan.datum();
        this.begintijd = plan.begintijd();
        this.eindtijd = plan.eindtijd();
        this.plaats = plan.plaats();
        this.onlineLink = plan.onlineLink();
        this.voorzitterId = plan.voorzitterId();
        this.notulistId = plan.notulistId();
    }

    public Plan getPlan() {
        return new Plan(titel, datum, begintijd, eindtijd, plaats, onlineLink, voorzitterId, notulistId);
    }

    public void begin(UUID eersteAgendapunt) {
        this.status = BijeenkomstStatus.BEZIG;
        if (huidigAgendapuntId == null) {
            this.huidigAgendapuntId = eersteAgendapunt;
        }
    }

    public void naarAgendapunt(UUID agendapuntId) {
        this.huidigAgendapuntId = agendapuntId;
    }

    public void rondAf() {
        this.status = BijeenkomstStatus.AFGEROND;
        this.huidigAgendapuntId = null;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public UUID getSchoolId() {
        return schoolId;
    }

    public UUID getLeerteamId() {
        return leerteamId;
    }

    public String getTitel() {
        return titel;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public LocalTime getBegintijd() {
        return begintijd;
    }

    public LocalTime getEindtijd() {
        return eindtijd;
    }

    public UUID getVoorzitterId() {
        return voorzitterId;
    }

    public UUID getNotulistId() {
        return notulistId;
    }

    public BijeenkomstStatus getStatus() {
        return status;
    }

    public UUID getHuidigAgendapuntId() {
        return huidigAgendapuntId;
    }
}
