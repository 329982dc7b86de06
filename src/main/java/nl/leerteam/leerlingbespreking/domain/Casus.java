package nl.leerteam.leerlingbespreking.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.leerteam.leerlingbespreking.CasusStatus;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A pupil case under a pseudonym. Deliberately without any field that could identify the pupil.
 */
@Entity
@Table(name = "casus")
public class Casus extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    @Column(name = "school_id", nullable = false, updatable = false)
    private UUID schoolId;

    @Column(name = "leerteam_id", nullable = false, updatable = false)
    private UUID leerteamId;

    @Column(name = "eigenaar_id", nullable = false, updatable = false)
    private UUID eigenaarId;

    @Column(nullable = false, length = 40)
    private String pseudoniem;

    @Column(nullable = false)
    private int groep;

    @Column(nullable = false, length = 1000)
    private String hulpvraag;

    @Column(name = "wat_zie_ik", length = 4000)
    private String watZieIk;

    @Column(name = "al_geprobeerd", length = 4000)
    private String alGeprobeerd;

    @Column(name = "wat_gaat_goed", length = 4000)
    private String watGaatGoed;

    @Column(name = "wat_belemmert", length = 4000)
    private String watBelemmert;

    @Column(name = "ouders_betrokken", nullable = false)
    private boolean oudersBetrokken;

    @Column(name = "ouders_datum")
    private LocalDate oudersDatum;

    @Column(name = "ouders_afspraken", length = 2000)
    private String oudersAfspraken;

    @Column(name = "ouders_waarom_niet", length = 2000)
    private String oudersWaaromNiet;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CasusStatus status = CasusStatus.OPEN;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt = Instant.now();

    @Column(nullable = false)
    private Instant gewijzigd = Instant.now();

    @Column(name = "gesloten_op")
    private Instant geslotenOp;

    @ElementCollection
    @CollectionTable(name = "casus_tag", joinColumns = @JoinColumn(name = "casus_id"))
    @Column(name = "tag", nullable = false, length = 40)
    private Set<String> tags = new TreeSet<>();

    protected Casus() {
    }

    public Casus(UUID bestuurId, UUID schoolId, UUID leerteamId, UUID eigenaarId) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.leerteamId = leerteamId;
        this.eigenaarId = eigenaarId;
    }

    /** The content the owner writes; every text has been checked by the caller. */
    public record Inhoud(String pseudoniem, int groep, String hulpvraag, String watZieIk, String alGeprobeerd,
                         String watGaatGoed, String watBelemmert, boolean oudersBetrokken, LocalDate oudersDatum,
                         String oudersAfspraken, String oudersWaaromNiet, Set<String> tags) {
    }

    public void schrijf(Inhoud inhoud, Instant nu) {
        this.pseudoniem = inhoud.pseudoniem();
        this.groep = inhoud.groep();
        this.hulpvraag = inhoud.hulpvraag();
        this.watZieIk = inhoud.watZieIk();
        this.alGeprobeerd = inhoud.alGeprobeerd();
        this.watGaatGoed = inhoud.watGaatGoed();
        this.watBelemmert = inhoud.watBelemmert();
        this.oudersBetrokken = inhoud.oudersBetrokken();
        this.oudersDatum = inhoud.oudersDatum();
        this.oudersAfspraken = inhoud.oudersAfspraken();
        this.oudersWaaromNiet = inhoud.oudersWaaromNiet();
        this.tags.retainAll(inhoud.tags());
        this.tags.addAll(inhoud.tags());
        this.gewijzigd = nu;
    }

    public Inhoud inhoud() {
        return new Inhoud(pseudoniem, groep, hulpvraag, watZieIk, alGeprobeerd, watGaatGoed, watBelemmert, oudersBetrokken,
                oudersDatum, oudersAfspraken, oudersWaaromNiet, Collections.unmodifiableSet(new TreeSet<>(tags)));
    }

    /** Closed: nothing changes any more, and the retention period starts. */
    public void sluit(Instant nu) {
        this.status = CasusStatus.GESLOTEN;
        this.geslotenOp = nu;
        this.gewijzigd = nu;
    }

    /** Handed to the school's KC; the owner stays the owner. */
    public void escaleer(Instant nu) {
        this.status = CasusStatus.GEESCALEERD;
        this.gewijzigd = nu;
    }

    /** Back with the leerteam after the KC's advice. */
    public void terugNaarLeerteam(Instant nu) {
        this.status = CasusStatus.OPEN;
        this.gewijzigd = nu;
    }

    public boolean isOudersBetrokken() {
        return oudersBetrokken;
    }

    public Instant getGeslotenOp() {
        return geslotenOp;
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

    public UUID getEigenaarId() {
        return eigenaarId;
    }

    public String getPseudoniem() {
        return pseudoniem;
    }

    public int getGroep() {
        return groep;
    }

    public String getHulpvraag() {
        return hulpvraag;
    }

    public CasusStatus getStatus() {
        return status;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }

    public Instant getGewijzigd() {
        return gewijzigd;
    }
}
