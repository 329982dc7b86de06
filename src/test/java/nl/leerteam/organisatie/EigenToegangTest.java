package nl.leerteam.organisatie;

import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.Profiel.Rolwijziging;
import nl.leerteam.organisatie.Profiel.Soort;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Nobody gives themselves access to pupil cases or visits: not a director ticking a role on their own
 * row, not board staff adding themselves to a team or accepting an invitation they sent. Every role
 * and membership change is in the audit log with who made it, on the profile of the person it
 * concerns, and a new KC shows on the profile of the school's other KCs.
 */
@LeerteamTest
class EigenToegangTest {

    private static final String ISSUER = "https://login.example.org/eigen-toegang";

    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    ProfielService profiel;
    @Autowired
    CasusService casussen;
    @Autowired
    AuditLog audit;

    private UUID regenboog;
    private UUID onderbouw;

    @BeforeEach
    void regenboog() {
        Inloggen.als(inlog, "marieke");
        regenboog = beheer.beheerbareScholen().getFirst().id();
        onderbouw = beheer.schoolBeheer(regenboog).leerteams().stream().filter(l -> l.naam().equals("Onderbouw"))
                .findFirst().orElseThrow().id();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void a_director_who_ticks_kc_on_their_own_row_is_refused_and_still_cannot_read_a_case() {
        Inloggen.als(inlog, "sanne");
        UUID casus = casussen.inbrengen(onderbouw, formulier("Hoe help ik haar starten?"), false).id();

        Inloggen.als(inlog, "marieke");
        UUID marieke = persoon("Marieke Jansen");
        assertThatThrownBy(() -> beheer.rollenInstellen(regenboog, marieke, Set.of(Rol.DIRECTEUR, Rol.KC)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-rol-geven"));
        assertThatThrownBy(() -> beheer.rollenInstellen(regenboog, marieke, Set.of(Rol.DIRECTEUR, Rol.LEERKRACHT)))
                .isInstanceOf(InvoerFout.class);

        Inloggen.als(inlog, "marieke");
        assertThat(organisatie.mijnOverzicht().rollen()).containsExactly(Rol.DIRECTEUR);
        assertThatThrownBy(() -> casussen.casus(casus)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void board_staff_cannot_give_themselves_a_school_role_either() {
        Inloggen.als(inlog, "annelies");
        UUID annelies = persoon("Annelies van den Berg");
        assertThatThrownBy(() -> beheer.rollenInstellen(regenboog, annelies, Set.of(Rol.KC)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-rol-geven"));
    }

    @Test
    void nobody_adds_themselves_to_a_leerteam_but_can_leave_one() {
        LeerteamSamenvatting team = beheer.schoolBeheer(regenboog).leerteams().stream()
                .filter(l -> l.id().equals(onderbouw)).findFirst().orElseThrow();
        Set<UUID> metMij = new HashSet<>(team.leden().stream().map(PersoonSamenvatting::id).toList());
        metMij.add(persoon("Marieke Jansen"));

        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(team.id(), team.naam(), team.omschrijving(), metMij, team.version())))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-lidmaatschap"));
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Mijn eigen team " + UUID.randomUUID(), null, Set.of(persoon("Marieke Jansen")), null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-lidmaatschap"));
        assertThat(organisatie.leerteam(onderbouw).leden()).extracting(PersoonSamenvatting::naam).doesNotContain("Marieke Jansen");
    }

    @Test
    void an_invitation_cannot_be_accepted_in_the_session_of_the_person_who_sent_it() {
        Inloggen.als(inlog, "annelies");
        UitnodigingVerstuurd tweede = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Tweede Account",
                "tweede-" + UUID.randomUUID() + "@example.org", Set.of(Rol.KC), Set.of()));
        String code = code(tweede);

        assertThatThrownBy(() -> inlog.accepteerUitnodiging(code, ISSUER, UUID.randomUUID().toString()))
                .isInstanceOf(UitnodigingOngeldig.EigenUitnodiging.class);
        assertThat(inlog.uitnodiging(code)).as("the invitation stays open for the person it is for").isPresent();
    }

    @Test
    void a_role_change_is_audited_with_who_made_it_shown_on_the_profile_and_told_to_the_schools_other_kcs() {
        String subject = UUID.randomUUID().toString();
        UitnodigingVerstuurd kim = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Kim Kandidaat",
                "kim-" + subject + "@deregenboog.nl", Set.of(Rol.LEERKRACHT), Set.of(onderbouw)));
        Inloggen.uit();
        inlog.accepteerUitnodiging(code(kim), ISSUER, subject);

        Inloggen.als(inlog, "annelies");
        beheer.rollenInstellen(regenboog, kim.gebruikerId(), Set.of(Rol.LEERKRACHT, Rol.KC));
        UUID annelies = persoon("Annelies van den Berg");

        assertThat(audit.overPersoon(kim.gebruikerId(), 10)).first().satisfies(regel -> {
            assertThat(regel.gebruikerId()).as("who made the change").isEqualTo(annelies);
            assertThat(regel.actie()).isEqualTo(AuditActie.GEWIJZIGD);
            assertThat(regel.onderwerpId()).isEqualTo(regenboog);
            assertThat(regel.toelichting()).isEqualTo("KC_GEGEVEN");
        });
        assertThat(audit.overPersoon(kim.gebruikerId(), 10)).extracting(AuditRegel::onderwerp)
                .contains("SCHOOLROLLEN", "LEERTEAMLID");

        Inloggen.als(inlog, ISSUER, subject);
        Profiel mijn = profiel.mijnProfiel();
        assertThat(mijn.wijzigingen()).extracting(Rolwijziging::soort, Rolwijziging::rol, Rolwijziging::waar, Rolwijziging::door)
                .startsWith(tuple(Soort.ROL_GEGEVEN, Rol.KC, "OBS De Regenboog", "Annelies van den Berg"))
                .contains(tuple(Soort.LID_GEWORDEN, null, "Onderbouw", "Marieke Jansen"),
                        tuple(Soort.ROL_GEGEVEN, Rol.LEERKRACHT, "OBS De Regenboog", "Marieke Jansen"));
        assertThat(mijn.nieuweKcs()).as("one's own new role is not news to oneself")
                .noneMatch(n -> n.naam().equals("Kim Kandidaat"));

        Inloggen.als(inlog, "fatima");
        assertThat(profiel.mijnProfiel().nieuweKcs()).anySatisfy(nieuw -> {
            assertThat(nieuw.naam()).isEqualTo("Kim Kandidaat");
            assertThat(nieuw.school()).isEqualTo("OBS De Regenboog");
            assertThat(nieuw.door()).isEqualTo("Annelies van den Berg");
        });
        Inloggen.als(inlog, "bram");
        assertThat(profiel.mijnProfiel().nieuweKcs()).as("a KC of another school").noneMatch(n -> n.naam().equals("Kim Kandidaat"));
    }

    private static CasusFormulier formulier(String hulpvraag) {
        return new CasusFormulier(null, 4, hulpvraag, "Komt moeilijk op gang.", "Een stappenkaart op tafel.",
                "Werkt graag samen.", "Veel wisselingen op een dag.", false, null, null, "Nog niet.", Set.of("werkhouding"), null);
    }

    private static String code(UitnodigingVerstuurd uitnodiging) {
        return uitnodiging.link().substring(uitnodiging.link().lastIndexOf('/') + 1);
    }

    private UUID persoon(String naam) {
        return organisatie.mensenVan(regenboog).stream().filter(p -> p.naam().equals(naam)).findFirst()
                .map(PersoonSamenvatting::id)
                .orElseGet(() -> beheer.bestuurders().stream().filter(p -> p.naam().equals(naam)).findFirst().orElseThrow().id());
    }
}
