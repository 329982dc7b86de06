package nl.leerteam.klassenbezoek.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerteam.klassenbezoek.BezoekSoort;
import nl.leerteam.klassenbezoek.BezoekStatus;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One classroom visit of a teacher by an observer; it belongs to the two of them. */
@Entity
@Table(name = "klassenbezoek")
public class Klassenbezoek extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;
    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;
    @Column(name = "leerkracht_id", nullable = false, updatable = false)
    private UUID leerkrachtId;
    @Column(name = "observator_id", nullable = false, updatable = false)
    private UUID observatorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BezoekSoort soort;
    @Column(name = "aangevraagd_door_id", nullable = false, updatable = false)
    private UUID aangevraagdDoorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BezoekStatus status = BezoekStatus.GEPLAND;
    @Column(nullable = false)
    private LocalDate datum;
    private LocalTime tijd;
    @Column(length = 1000)
    private String leervraag;
    @Column(length = 300)
    private String les;
    private Integer groep;
    @Column(name = "kijkwijzer_versie_id")
    private UUID kijkwijzerVersieId;
    @Column(name = "wat_ging_goed", length = 4000)
    private String watGingGoed;
    @Column(length = 4000)
    private String feedforward;
    @Column(length = 4000)
    private String reflectie;
    @Column(length = 1000)
    private String ontwikkeldoel;
    @Column(name = "vervolg_van_id", updatable = false)
    private UUID vervolgVanId;
    @Column(name = "casus_id")
    private UUID casusId;
    @Column(nullable = false, updatable = false)
    private Instant aangemaakt;
    @Column(nullable = false)
    private Instant gewijzigd;
    @Column(name = "afgerond_op")
    private Instant afgerondOp;

    protected Klassenbezoek() {
    }

    public Klassenbezoek(UUID bestuurId, UUID schoolId, UUID leerkrachtId, UUID observatorId, BezoekSoort soort,
                         UUID aangevraagdDoorId, LocalDate datum, UUID vervolgVanId, Instant nu) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.leerkrachtId = leerkrachtId;
        this.observatorId = observatorId;
        this.soort = soort;
        this.aangevraagdDoorId = aangevraagdDoorId;
        this.datum = datum;
        this.vervolgVanId = vervolgVanId;
        this.aangemaakt = nu;
        this.gewijzigd = nu;
    }

    public void voorgesprek(LocalDate datum, LocalTime tijd, String leervraag, String les, Integer groep, UUID kijkwijzerVersieId, Instant nu) {
        this.datum = datum;
        this.tijd = tijd;
        this.leervraag = leervraag;
        this.les = les;
        this.groep = groep;
        this.kijkwijzerVersieId = kijkwijzerVersieId;
        if (status == BezoekStatus.GEPLAND) {
            status = BezoekStatus.VOORGESPREK;
        }
        this.gewijzigd = nu;
    }

    public void naar(BezoekStatus nieuw, Instant nu) {
        this.status = nieuw;
        this.gewijzigd = nu;
        if (nieuw == BezoekStatus.AFGEROND) {
            this.afgerondOp = nu;
        }
    }

    public void nagesprek(String watGingGoed, String feedforward, String ontwikkeldoel, Instant nu) {
        this.watGingGoed = watGingGoed;
        this.feedforward = feedforward;
        this.ontwikkeldoel = ontwikkeldoel;
        this.gewijzigd = nu;
    }

    public void reflectie(String reflectie, Instant nu) {
        this.reflectie = reflectie;
        this.gewijzigd = nu;
    }

    public boolean isVan(UUID gebruikerId) {
        return leerkrachtId.equals(gebruikerId) || observatorId.equals(gebruikerId);
    }

    public UUID getBestuurId() { return bestuurId; }
    public UUID getSchoolId() { return schoolId; }
    public UUID getLeerkrachtId() { return leerkrachtId; }
    public UUID getObservatorId() { return observatorId; }
    public BezoekSoort getSoort() { return soort; }
    public UUID getAangevraagdDoorId() { return aangevraagdDoorId; }
    public BezoekStatus getStatus() { return status; }
    public LocalDate getDatum() { return datum; }
    public LocalTime getTijd() { return tijd; }

    /** The time of day, once it is known; a visit planned from a case or as a follow-up starts without one. */
    public void om(LocalTime tijd) {
        this.tijd = tijd;
    }
    public String getLeervraag() { return leervraag; }
    public String getLes() { return les; }
    public Integer getGroep() { return groep; }
    public UUID getKijkwijzerVersieId() { return kijkwijzerVersieId; }
    public String getWatGingGoed() { return watGingGoed; }
    public String getFeedforward() { return feedforward; }
    public String getReflectie() { return reflectie; }
    public String getOntwikkeldoel() { return ontwikkeldoel; }
    public UUID getVervolgVanId() { return vervolgVanId; }

    public UUID getCasusId() { return casusId; }

    /** The visit is the next step of an escalated case: it keeps the case and starts from the case's groep. */
    public void uitCasus(UUID casusId, int groep) {
        this.casusId = casusId;
        this.groep = groep;
    }
    public Instant getAfgerondOp() { return afgerondOp; }
}
