package nl.leerteam.organisatie;

import nl.leerteam.organisatie.OrganisatieGebeurtenis.Aangemeld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BeheerdersrolGegeven;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuurAangemaakt;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuurIngericht;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuursrolGegeven;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BestuursrolIngetrokken;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.BewaartermijnIngesteld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.LeerteamGearchiveerd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.LeerteamOpgeslagen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.LidmaatschapGewijzigd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.PersoonGewist;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.RollenIngesteld;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.SchoolOpgeslagen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.SchoolwoordToegevoegd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.SchoolwoordVerwijderd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.TaalGekozen;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.UitnodigingGeaccepteerd;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.UitnodigingIngetrokken;
import nl.leerteam.organisatie.OrganisatieGebeurtenis.Uitgenodigd;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place where what happens to the organisation has its effects: a change of roles or
 * memberships is written to the audit log (who did it, for whom), makes the rest of the request
 * read who may do what afresh ({@link PerVerzoek}), and a new KC is announced to the school's
 * other KCs once it is committed.
 */
@Component
class OrganisatieListener {

    static final String SCHOOLROLLEN = "SCHOOLROLLEN";
    static final String LEERTEAMLID = "LEERTEAMLID";
    static final String BESTUURSROL = "BESTUURSROL";
    static final String BEHEERDERSROL = "BEHEERDERSROL";
    /** A leerteam went into the archive (recorded as removed from the lists) or came back out of it. */
    static final String LEERTEAMARCHIEF = "LEERTEAMARCHIEF";
    /** A word on a school's list of words that are no name (the word itself stays out of the log, like all text). */
    static final String SCHOOLWOORD = "SCHOOLWOORD";
    /** The board's retention periods. */
    static final String BEWAARTERMIJN = "BEWAARTERMIJN";
    /** A person's account: its erasure. */
    static final String PERSOON = "PERSOON";

    private final AuditLog audit;
    private final RolwijzigingMailer mailer;

    OrganisatieListener(AuditLog audit, RolwijzigingMailer mailer) {
        this.audit = audit;
        this.mailer = mailer;
    }

    @EventListener
    void op(OrganisatieGebeurtenis gebeurtenis) {
        switch (gebeurtenis) {
            case BestuursrolGegeven g -> {
                audit.registreerOver(g.bestuurId(), g.gebruikerId(), AuditActie.AANGEMAAKT, BESTUURSROL, g.bestuurId(), null);
                PerVerzoek.vergeten();
            }
            case BestuursrolIngetrokken g -> {
                audit.registreerOver(g.bestuurId(), g.gebruikerId(), AuditActie.VERWIJDERD, BESTUURSROL, g.bestuurId(), null);
                PerVerzoek.vergeten();
            }
            case BeheerdersrolGegeven g ->
                    audit.registreerOver(null, g.gebruikerId(), AuditActie.AANGEMAAKT, BEHEERDERSROL, g.gebruikerId(), null);
            case RollenIngesteld g -> {
                audit.registreerOver(g.bestuurId(), g.gebruikerId(), AuditActie.GEWIJZIGD, SCHOOLROLLEN, g.schoolId(),
                        toelichting(g.gegeven(), g.ingetrokken()));
                PerVerzoek.vergeten();
            }
            case LidmaatschapGewijzigd g -> {
                audit.registreerOver(g.bestuurId(), g.gebruikerId(), g.lid() ? AuditActie.AANGEMAAKT : AuditActie.VERWIJDERD,
                        LEERTEAMLID, g.leerteamId(), null);
                PerVerzoek.vergeten();
            }
            case LeerteamOpgeslagen g -> PerVerzoek.vergeten();
            case LeerteamGearchiveerd g -> {
                audit.registreerOver(g.bestuurId(), null, g.gearchiveerd() ? AuditActie.VERWIJDERD : AuditActie.AANGEMAAKT,
                        LEERTEAMARCHIEF, g.leerteamId(), null);
                PerVerzoek.vergeten();
            }
            case SchoolwoordToegevoegd g -> {
                audit.registreerOver(g.bestuurId(), null, AuditActie.AANGEMAAKT, SCHOOLWOORD, g.woordId(), null);
                PerVerzoek.vergeten();
            }
            case SchoolwoordVerwijderd g -> {
                audit.registreerOver(g.bestuurId(), null, AuditActie.VERWIJDERD, SCHOOLWOORD, g.woordId(), null);
                PerVerzoek.vergeten();
            }
            case BestuurAangemaakt g -> {
                // its first administrator's role is an event of its own
            }
            case BestuurIngericht g -> {
                // seeded before anybody logs in
            }
            // read by the nightly retention jobs themselves; who changed them is on record
            case BewaartermijnIngesteld g -> audit.registreerOver(g.bestuurId(), null, AuditActie.GEWIJZIGD, BEWAARTERMIJN,
                    g.bestuurId(), null);
            case SchoolOpgeslagen g -> {
                // names and BRIN: no access changes
            }
            case Uitgenodigd g -> {
                // the roles and memberships of the invitation are events of their own
            }
            case UitnodigingIngetrokken g -> {
                // the link stops working at its next use
            }
            case UitnodigingGeaccepteerd g -> {
                // the login that follows reads the person afresh
            }
            case PersoonGewist g -> {
                audit.registreerOver(g.bestuurId(), g.gebruikerId(), AuditActie.VERWIJDERD, PERSOON, g.gebruikerId(), null);
                PerVerzoek.vergeten();
            }
            case Aangemeld g -> {
                // only the time of the last login
            }
            case TaalGekozen g -> PerVerzoek.vergeten();
        }
    }

    /** A new KC is told to the school's other KCs, after the change is committed (a rolled-back change tells nobody). */
    @TransactionalEventListener
    void naCommit(RollenIngesteld gebeurtenis) {
        if (gebeurtenis.gegeven().contains(Rol.KC)) {
            mailer.nieuweKc(gebeurtenis.schoolId(), gebeurtenis.gebruikerId(),
                    CurrentUser.find().map(LeerteamPrincipal::gebruikerId).orElse(null));
        }
    }

    /** The codes of a role change, for example {@code KC_GEGEVEN,LEERKRACHT_INGETROKKEN}. */
    static String toelichting(Set<Rol> gegeven, Set<Rol> ingetrokken) {
        return Stream.concat(gegeven.stream().sorted().map(r -> r.name() + "_GEGEVEN"),
                        ingetrokken.stream().sorted().map(r -> r.name() + "_INGETROKKEN"))
                .collect(Collectors.joining(","));
    }
}
