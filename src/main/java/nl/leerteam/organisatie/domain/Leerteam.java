package nl.leerteam.organisatie.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A group of teachers of one school who learn together; or, without a school, the KC-platform of a board: its
 * KCs and board staff, members by their roles rather than by a list, meeting on the same machinery.
 */
@Entity
@Table(name = "leerteam")
public class Leerteam extends AbstractEntity {

    @Column(name = "bestuur_id", nullable = false, updatable = false)
    private UUID bestuurId;

    @Column(name = "school_id", updatable = false)
    private UUID schoolId;

    @Column(name = "kc_platform", nullable = false, updatable = false)
    private boolean kcPlatform;

    @Column(nullable = false, length = 100)
    private String naam;

    @Column(length = 500)
    private String omschrijving;

    @Column(name = "gearchiveerd_op")
    private Instant gearchiveerdOp;

    @ElementCollection
    @CollectionTable(name = "leerteam_lid", joinColumns = @JoinColumn(name = "leerteam_id"))
    private Set<LeerteamLid> leden = new HashSet<>();

    protected Leerteam() {
    }

    public Leerteam(UUID bestuurId, UUID schoolId, String naam, String omschrijving) {
        this.bestuurId = bestuurId;
        this.schoolId = schoolId;
        this.naam = naam;
        this.omschrijving = omschrijving;
    }

    /** The board's KC-platform circle. */
    public static Leerteam kcPlatform(UUID bestuurId, String naam, String omschrijving) {
        Leerteam kring = new Leerteam(bestuurId, null, naam, omschrijving);
        kring.kcPlatform = true;
        return kring;
    }

    public boolean isKcPlatform() {
        return kcPlatform;
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

    public String getOmschrijving() {
        return omschrijving;
    }

    public Set<UUID> getLeden() {
        return leden.stream().map(LeerteamLid::gebruikerId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean heeftLid(UUID gebruikerId) {
        return leden.contains(new LeerteamLid(gebruikerId, bestuurId));
    }

    /** Archived: readable to its members, gone from every list, nothing new starts in it. */
    public boolean isGearchiveerd() {
        return gearchiveerdOp != null;
    }

    public void archiveer(Instant nu) {
        this.gearchiveerdOp = nu;
    }

    public void zetTerug() {
        this.gearchiveerdOp = null;
    }

    public void wijzig(String naam, String omschrijving) {
        this.naam = naam;
        this.omschrijving = omschrijving;
    }

    public void setLeden(Set<UUID> gebruikerIds) {
        Set<LeerteamLid> nieuw = gebruikerIds.stream().map(id -> new LeerteamLid(id, bestuurId)).collect(Collectors.toSet());
        leden.retainAll(nieuw);
        leden.addAll(nieuw);
    }

    public void voegLidToe(UUID gebruikerId) {
        leden.add(new LeerteamLid(gebruikerId, bestuurId));
    }

    public void verwijderLid(UUID gebruikerId) {
        leden.remove(new LeerteamLid(gebruikerId, bestuurId));
    }
}
