package nl.leerteam.organisatie.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import nl.leerteam.shared.domain.AbstractEntity;
import nl.leerteam.shared.security.Rol;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person who works with Leerteam. Invited people exist before their first login; the login
 * binds their OIDC identity (issuer and subject), which is what identifies them from then on.
 */
@Entity
@Table(name = "gebruiker")
public class Gebruiker extends AbstractEntity {

    @Column(name = "bestuur_id", updatable = false)
    private UUID bestuurId;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 5)
    private String taal = "nl";

    @Column(name = "oidc_issuer", length = 500)
    private String oidcIssuer;

    @Column(name = "oidc_subject", length = 255)
    private String oidcSubject;

    @Column(nullable = false)
    private boolean bestuurder;

    @Column(nullable = false)
    private boolean beheerder;

    @Column(nullable = false, updatable = false)
    private Instant aangemaakt = Instant.now();

    @Column(name = "laatst_ingelogd")
    private Instant laatstIngelogd;

    @Column(name = "gewist_op")
    private Instant gewistOp;

    @ElementCollection
    @CollectionTable(name = "school_rol", joinColumns = @JoinColumn(name = "gebruiker_id"))
    private Set<SchoolRol> schoolRollen = new HashSet<>();

    protected Gebruiker() {
    }

    public Gebruiker(UUID bestuurId, String naam, String email) {
        this.bestuurId = bestuurId;
        this.naam = naam;
        this.email = email;
    }

    public UUID getBestuurId() {
        return bestuurId;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getTaal() {
        return taal;
    }

    public void setTaal(String taal) {
        this.taal = taal;
    }

    public void wijzig(String naam, String email) {
        this.naam = naam;
        this.email = email;
    }

    public boolean heeftIdentiteit() {
        return oidcIssuer != null;
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    public void koppelIdentiteit(String issuer, String subject) {
        if (heeftIdentiteit()) {
            throw new IllegalStateException("Identity already bound");
        }
        this.oidcIssuer = issuer;
        this.oidcSubject = subject;
    }

    public boolean isBestuurder() {
        return bestuurder;
    }

    public void setBestuurder(boolean bestuurder) {
        this.bestuurder = bestuurder;
    }

    public boolean isBeheerder() {
        return beheerder;
    }

    public void setBeheerder(boolean beheerder) {
        this.beheerder = beheerder;
    }

    public Instant getAangemaakt() {
        return aangemaakt;
    }

    public Instant getLaatstIngelogd() {
        return laatstIngelogd;
    }

    public void ingelogd(Instant moment) {
        this.laatstIngelogd = moment;
    }

    /**
     * Erases the person: name, e-mail address, identity link, roles and language go; the id stays, so what they wrote
     * in shared spaces keeps an author that reads as "oud-medewerker".
     */
    public void wis(Instant moment) {
        this.naam = "";
        this.email = getId() + "@gewist.invalid";
        this.taal = "nl";
        this.oidcIssuer = null;
        this.oidcSubject = null;
        this.bestuurder = false;
        this.beheerder = false;
        this.laatstIngelogd = null;
        this.schoolRollen.clear();
        this.gewistOp = moment;
    }

    public boolean isGewist() {
        return gewistOp != null;
    }

    public Set<SchoolRol> getSchoolRollen() {
        return Collections.unmodifiableSet(schoolRollen);
    }

    public Set<UUID> schoolIds() {
        return schoolRollen.stream().map(SchoolRol::schoolId).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Rol> rollenOp(UUID schoolId) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        schoolRollen.stream().filter(r -> r.schoolId().equals(schoolId)).forEach(r -> rollen.add(r.rol()));
        return rollen;
    }

    public boolean heeftRolOp(UUID schoolId, Rol rol) {
        return schoolRollen.contains(new SchoolRol(schoolId, bestuurId, rol));
    }

    /** Replaces this person's roles at one school. */
    public void setRollenOp(UUID schoolId, Set<Rol> rollen) {
        schoolRollen.removeIf(r -> r.schoolId().equals(schoolId));
        rollen.forEach(rol -> schoolRollen.add(new SchoolRol(schoolId, bestuurId, rol)));
    }

    /** All roles: school roles at any school plus the board and installation roles. */
    public Set<Rol> alleRollen() {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        schoolRollen.forEach(r -> rollen.add(r.rol()));
        if (bestuurder) {
            rollen.add(Rol.BESTUURDER);
        }
        if (beheerder) {
            rollen.add(Rol.BEHEERDER);
        }
        return rollen;
    }
}
