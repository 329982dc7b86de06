package nl.leerteam.organisatie;

import nl.leerteam.organisatie.demo.DemoData;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class BeheerServiceTest {

    private static final String ISSUER = "https://login.example.org/tenant";

    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    nl.leerteam.privacy.AuditLog audit;

    private UUID regenboog;

    @BeforeEach
    void alsDirecteur() {
        Inloggen.als(inlog, "marieke");
        regenboog = beheer.beheerbareScholen().getFirst().id();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void a_director_creates_a_leerteam_with_members_and_a_member_sees_it() {
        UUID joris = persoon("Joris Bakker");
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Werkgroep lezen " + UUID.randomUUID(), "Begrijpend lezen", Set.of(joris), null));
        assertThat(team.leden()).extracting(PersoonSamenvatting::naam).containsExactly("Joris Bakker");

        Inloggen.als(inlog, "joris");
        assertThat(organisatie.mijnOverzicht().mijnLeerteams()).extracting(LeerteamSamenvatting::naam).contains(team.naam());
    }

    @Test
    void a_second_save_based_on_an_old_version_is_refused_and_the_first_stays() {
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Versietest " + UUID.randomUUID(), null, null, null));
        beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(team.id(), team.naam(), "Eerste wijziging", null, team.version()));

        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(team.id(), team.naam(), "Tweede wijziging", null, team.version())))
                .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(organisatie.leerteam(team.id()).omschrijving()).isEqualTo("Eerste wijziging");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Naam\u0000met NUL", "Rechts\u202Eoverride", "Onzichtbaar\u200Bteken"})
    void names_that_are_empty_or_hide_characters_are_refused_with_a_reason(String naam) {
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(null, naam, null, null, null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.veld()).isEqualTo("naam"));
    }

    @Test
    void a_megabyte_of_text_is_refused_as_too_long() {
        String megabyte = "a".repeat(1024 * 1024);
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(null, "Lang", megabyte, null, null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> {
                    assertThat(fout.veld()).isEqualTo("omschrijving");
                    assertThat(fout.berichtKey()).isEqualTo("fout.te-lang");
                });
    }

    @Test
    void markup_in_a_name_is_stored_as_plain_text() {
        String naam = "<script>alert(1)</script><img src=x onerror=alert(2)> " + UUID.randomUUID();
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(null, naam, null, null, null));
        assertThat(organisatie.leerteam(team.id()).naam()).isEqualTo(naam);
    }

    @Test
    void only_people_of_the_school_can_join_its_leerteams() {
        Inloggen.als(inlog, "fatima");
        UUID noor = organisatie.mensenVan(organisatie.mijnOverzicht().scholen().stream()
                .filter(s -> s.school().naam().equals(DemoData.WEGWIJZER)).findFirst().orElseThrow().school().id())
                .stream().filter(p -> p.naam().equals("Noor Hendriks")).findFirst().orElseThrow().id();
        Inloggen.als(inlog, "marieke");
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Met vreemde " + UUID.randomUUID(), null, Set.of(noor), null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.veld()).isEqualTo("leden"));
    }

    @Test
    void a_director_cannot_remove_their_own_director_role() {
        UUID marieke = persoon("Marieke Jansen");
        assertThatThrownBy(() -> beheer.rollenInstellen(regenboog, marieke, Set.of(Rol.LEERKRACHT)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-directeursrol"));
    }

    @Test
    void a_school_needs_a_valid_and_unique_brin_code() {
        Inloggen.als(inlog, "annelies");
        assertThatThrownBy(() -> beheer.schoolOpslaan(new SchoolFormulier(null, "School zonder code", "1234", null, null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.brin"));
        assertThatThrownBy(() -> beheer.schoolOpslaan(new SchoolFormulier(null, "Dubbel", "21qk", null, null)))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.brin-bestaat"));
    }

    @Test
    void an_invitation_binds_the_first_identity_once_and_gives_the_roles_and_leerteams() {
        LeerteamSamenvatting onderbouw = beheer.schoolBeheer(regenboog).leerteams().stream()
                .filter(l -> l.naam().equals("Onderbouw")).findFirst().orElseThrow();
        String email = "nieuw-" + UUID.randomUUID() + "@deregenboog.nl";
        UitnodigingVerstuurd uitnodiging = beheer.uitnodigen(regenboog,
                new UitnodigingFormulier("Nina Nieuw", email, Set.of(Rol.LEERKRACHT), Set.of(onderbouw.id())));
        String code = uitnodiging.link().substring(uitnodiging.link().lastIndexOf('/') + 1);
        assertThat(uitnodiging.link()).startsWith("http://localhost:8080/uitnodiging/");
        assertThat(beheer.schoolBeheer(regenboog).uitnodigingen()).extracting(SchoolBeheer.OpenUitnodiging::email).contains(email);
        Inloggen.uit();

        assertThat(inlog.uitnodiging(code)).hasValueSatisfying(info -> assertThat(info.naam()).isEqualTo("Nina Nieuw"));
        String subject = UUID.randomUUID().toString();
        assertThat(inlog.aanmelden(ISSUER, subject)).isEmpty();
        LeerteamPrincipal nina = inlog.accepteerUitnodiging(code, ISSUER, subject);
        assertThat(nina.naam()).isEqualTo("Nina Nieuw");
        assertThat(nina.rollen()).containsExactly(Rol.LEERKRACHT);
        assertThat(inlog.aanmelden(ISSUER, subject)).isPresent();

        assertThatThrownBy(() -> inlog.accepteerUitnodiging(code, ISSUER, UUID.randomUUID().toString()))
                .isInstanceOf(UitnodigingOngeldig.class);
        assertThat(inlog.uitnodiging(code)).isEmpty();

        Inloggen.als(inlog, "marieke");
        assertThat(organisatie.leerteam(onderbouw.id()).leden()).extracting(PersoonSamenvatting::naam).contains("Nina Nieuw");
        assertThat(beheer.schoolBeheer(regenboog).uitnodigingen()).extracting(SchoolBeheer.OpenUitnodiging::email)
                .doesNotContain(email);
    }

    @Test
    void a_revoked_invitation_and_a_made_up_code_do_not_work() {
        UitnodigingVerstuurd uitnodiging = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Ingetrokken Iemand",
                "weg-" + UUID.randomUUID() + "@deregenboog.nl", Set.of(Rol.KC), Set.of()));
        String code = uitnodiging.link().substring(uitnodiging.link().lastIndexOf('/') + 1);
        UUID id = beheer.schoolBeheer(regenboog).uitnodigingen().stream()
                .filter(u -> u.gebruikerId().equals(uitnodiging.gebruikerId())).findFirst().orElseThrow().id();
        beheer.uitnodigingIntrekken(regenboog, id);
        Inloggen.uit();

        assertThatThrownBy(() -> inlog.accepteerUitnodiging(code, ISSUER, "someone")).isInstanceOf(UitnodigingOngeldig.class);
        assertThatThrownBy(() -> inlog.accepteerUitnodiging("x".repeat(43), ISSUER, "someone")).isInstanceOf(UitnodigingOngeldig.class);
        assertThat(inlog.uitnodiging("<script>")).isEmpty();
    }

    @Test
    void inviting_an_address_that_already_belongs_to_the_board_is_refused() {
        assertThatThrownBy(() -> beheer.uitnodigen(regenboog, new UitnodigingFormulier("Dubbel", "M.JANSEN@deregenboog.nl",
                Set.of(Rol.LEERKRACHT), Set.of())))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.email-bestaat"));
        assertThatThrownBy(() -> beheer.uitnodigen(regenboog, new UitnodigingFormulier("Geen adres", "geen-adres",
                Set.of(Rol.LEERKRACHT), Set.of())))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.email"));
    }

    @Test
    void board_staff_give_the_board_role_to_a_colleague_or_invite_a_new_one_and_can_take_it_back() {
        String email = "collega-" + UUID.randomUUID() + "@deregenboog.nl";
        UitnodigingVerstuurd collega = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Cas Collega", email,
                Set.of(Rol.LEERKRACHT), Set.of()));
        Inloggen.als(inlog, "annelies");

        assertThat(beheer.bestuurderToevoegen("Cas Collega", email.toUpperCase())).as("an existing person needs no invitation").isNull();
        assertThat(beheer.bestuurders()).extracting(PersoonSamenvatting::id).contains(collega.gebruikerId());

        UitnodigingVerstuurd nieuw = beheer.bestuurderToevoegen("Nieuwe Bestuurder", "nb-" + UUID.randomUUID() + "@waterland.nl");
        assertThat(nieuw.link()).contains("/uitnodiging/");
        assertThat(beheer.bestuurders()).filteredOn(p -> p.id().equals(nieuw.gebruikerId()))
                .singleElement().satisfies(p -> assertThat(p.actief()).isFalse());

        beheer.bestuurderRolIntrekken(collega.gebruikerId());
        assertThat(beheer.bestuurders()).extracting(PersoonSamenvatting::id).doesNotContain(collega.gebruikerId());
        UUID annelies = beheer.bestuurders().stream().filter(p -> p.naam().equals("Annelies van den Berg")).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> beheer.bestuurderRolIntrekken(annelies))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.berichtKey()).isEqualTo("fout.eigen-bestuursrol"));
    }

    @Test
    void board_staff_set_the_retention_periods_within_their_limits_a_director_reads_them_and_the_change_is_audited() {
        assertThatThrownBy(() -> beheer.bewaartermijnenInstellen(24, 24))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(beheer.bewaartermijnen().bezoekMaanden()).as("a director reads them; visits are kept 24 months by default")
                .isEqualTo(24);
        Inloggen.als(inlog, "annelies");
        for (Integer fout : new Integer[] {0, 121, null}) {
            assertThatThrownBy(() -> beheer.bewaartermijnenInstellen(fout, 24))
                    .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("casussen"));
            assertThatThrownBy(() -> beheer.bewaartermijnenInstellen(12, fout))
                    .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("bezoeken"));
        }
        UUID bestuur = nl.leerteam.shared.security.CurrentUser.require().bestuurId();
        int regels = audit.over(OrganisatieListener.BEWAARTERMIJN, bestuur).size();
        beheer.bewaartermijnenInstellen(18, 36);
        assertThat(beheer.bewaartermijnen()).isEqualTo(new Bewaartermijnen(18, 36, 14));
        assertThat(organisatie.bewaartermijnMaanden()).isEqualTo(18);
        assertThat(audit.over(OrganisatieListener.BEWAARTERMIJN, bestuur)).hasSize(regels + 1);
        beheer.bewaartermijnenInstellen(12, 24);
    }

    @Test
    void a_director_cannot_hand_out_the_board_role() {
        assertThatThrownBy(() -> beheer.bestuurderToevoegen("Ik", "ik-" + UUID.randomUUID() + "@deregenboog.nl"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.bestuurders()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private UUID persoon(String naam) {
        return organisatie.mensenVan(regenboog).stream().filter(p -> p.naam().equals(naam)).findFirst().orElseThrow().id();
    }
}
