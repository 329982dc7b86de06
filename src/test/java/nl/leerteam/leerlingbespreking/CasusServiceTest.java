package nl.leerteam.leerlingbespreking;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class CasusServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    CasusService casussen;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    AuditLog audit;

    private UUID onderbouwRegenboog;

    @BeforeEach
    void onderbouw() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "sanne");
        onderbouwRegenboog = organisatie.mijnOverzicht().mijnLeerteams().stream()
                .map(LeerteamSamenvatting::id).findFirst().orElseThrow();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    static CasusFormulier formulier(String hulpvraag) {
        return new CasusFormulier(null, 4, hulpvraag, "Werkt onrustig na de pauze.", "Vaste plek bij de instructietafel.",
                "Helpt klasgenoten graag.", "Veel prikkels in de klas.", false, null, null, "Nog niet: eerst observeren.",
                Set.of("gedrag", "concentratie"), null);
    }

    @Test
    void a_member_brings_in_a_case_under_the_next_pseudonym_and_colleagues_and_the_kc_read_it() {
        CasusDetails casus = casussen.inbrengen(onderbouwRegenboog, formulier("Hoe houd ik hem bij de les?"), false);
        assertThat(casus.inhoud().pseudoniem()).startsWith("Leerling ");
        assertThat(casus.eigenaar()).isTrue();
        assertThat(casus.eigenaarNaam()).isEqualTo("Sanne de Vries");
        assertThat(casus.inhoud().tags()).containsExactlyInAnyOrder("gedrag", "concentratie");

        Inloggen.als(inlog, "joris");
        CasusDetails doorCollega = casussen.casus(casus.id());
        assertThat(doorCollega.inhoud().hulpvraag()).isEqualTo("Hoe houd ik hem bij de les?");
        assertThat(doorCollega.eigenaar()).isFalse();
        assertThat(casussen.casussenVan(onderbouwRegenboog).casussen()).extracting(CasusSamenvatting::id).contains(casus.id());

        Inloggen.als(inlog, "fatima");
        assertThat(casussen.casus(casus.id()).inhoud().groep()).isEqualTo(4);
        assertThat(casussen.casussenVan(onderbouwRegenboog).lid()).as("a KC reads, but is not a member").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte", "noor", "b-leerkracht", "b-directeur", "marieke", "annelies", "bram", "rik"})
    void nobody_outside_the_leerteam_and_its_kcs_gets_case_content(String persoon) {
        UUID id = casussen.inbrengen(onderbouwRegenboog, formulier("Vertrouwelijke hulpvraag"), false).id();
        Inloggen.als(inlog, persoon);
        assertThatThrownBy(() -> casussen.casus(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casussen.casussenVan(onderbouwRegenboog)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casussen.wijzigen(id, formulier("Gekaapt"), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, formulier("Ingebracht door een buitenstaander"), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_owner_changes_a_case_and_a_stale_change_is_refused() {
        CasusDetails casus = casussen.inbrengen(onderbouwRegenboog, formulier("Eerste versie"), false);
        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> casussen.wijzigen(casus.id(), formulier("Door een collega"), false))
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "sanne");
        CasusFormulier basis = casus.inhoud();
        casussen.wijzigen(casus.id(), met(basis, "Tweede versie"), false);
        assertThatThrownBy(() -> casussen.wijzigen(casus.id(), met(basis, "Vanuit de oude versie"), false))
                .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(casussen.casus(casus.id()).inhoud().hulpvraag()).isEqualTo("Tweede versie");
    }

    @Test
    void a_bsn_is_refused_a_name_needs_confirmation_and_reads_and_changes_are_audited() {
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, formulier("BSN 123456782, wat nu?"), true))
                .isInstanceOfSatisfying(PrivacyBezwaar.class, b -> assertThat(b.blokkerend()).isTrue());
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, formulier("Hoe help ik Mohammed?"), false))
                .isInstanceOfSatisfying(PrivacyBezwaar.class, b -> assertThat(b.bevindingen()).containsKey("hulpvraag"));

        CasusDetails casus = casussen.inbrengen(onderbouwRegenboog, formulier("Hoe help ik Mohammed?"), true);
        casussen.casus(casus.id());
        assertThat(audit.over("CASUS", casus.id())).extracting(AuditRegel::actie).containsExactly(
                AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD, AuditActie.AANGEMAAKT, AuditActie.GELEZEN);
    }

    @Test
    void parents_involved_needs_a_date_that_has_passed_and_what_was_agreed() {
        CasusFormulier zonderDatum = new CasusFormulier(null, 3, "Ouders betrokken?", null, null, null, null, true, null,
                "Wekelijks contact", null, Set.of(), null);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, zonderDatum, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("oudersDatum"));
        CasusFormulier toekomst = new CasusFormulier(null, 3, "Ouders betrokken?", null, null, null, null, true,
                LocalDate.now().plusDays(3), "Wekelijks contact", null, Set.of(), null);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, toekomst, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.datum-in-toekomst"));
        CasusFormulier goed = new CasusFormulier(null, 3, "Ouders betrokken?", null, null, null, null, true,
                LocalDate.now().minusDays(2), "Wekelijks contact", null, Set.of(), null);
        assertThat(casussen.inbrengen(onderbouwRegenboog, goed, false).inhoud().oudersDatum()).isEqualTo(LocalDate.now().minusDays(2));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, -1})
    void a_group_outside_1_to_8_is_refused(int groep) {
        CasusFormulier f = new CasusFormulier(null, groep, "Groep?", null, null, null, null, false, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, f, false))
                .isInstanceOfSatisfying(InvoerFout.class, fout -> assertThat(fout.veld()).isEqualTo("groep"));
    }

    @Test
    void bad_input_gets_a_clear_refusal_and_markup_stays_text() {
        String megabyte = "x".repeat(1024 * 1024);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, formulier(megabyte), false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.te-lang"));
        for (String verboden : new String[] {"met\u0000NUL", "rechts\u202Eom", "on\u200Bzichtbaar"}) {
            assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, formulier(verboden), false))
                    .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.onzichtbare-tekens"));
        }
        String markup = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        assertThat(casussen.inbrengen(onderbouwRegenboog, formulier(markup), false).inhoud().hulpvraag()).isEqualTo(markup);
    }

    @Test
    void pseudonyms_run_from_a_to_z_and_on() {
        assertThat(CasusService.letters(0)).isEqualTo("A");
        assertThat(CasusService.letters(25)).isEqualTo("Z");
        assertThat(CasusService.letters(26)).isEqualTo("AA");
        CasusDetails eerste = casussen.inbrengen(onderbouwRegenboog, formulier("Pseudoniem 1"), false);
        CasusDetails tweede = casussen.inbrengen(onderbouwRegenboog, formulier("Pseudoniem 2"), false);
        assertThat(tweede.inhoud().pseudoniem()).isNotEqualTo(eerste.inhoud().pseudoniem());
        CasusFormulier dubbel = new CasusFormulier(eerste.inhoud().pseudoniem().toLowerCase(), 2, "Dubbel", null, null, null, null,
                false, null, null, null, Set.of(), null);
        assertThatThrownBy(() -> casussen.inbrengen(onderbouwRegenboog, dubbel, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("pseudoniem"));
    }

    @Test
    void the_owner_closes_a_case_which_then_no_longer_changes() {
        CasusDetails casus = casussen.inbrengen(onderbouwRegenboog, formulier("Af te sluiten"), false);
        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> casussen.afsluiten(casus.id(), casus.inhoud().version())).isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "sanne");
        CasusDetails gesloten = casussen.afsluiten(casus.id(), casus.inhoud().version());
        assertThat(gesloten.status()).isEqualTo(CasusStatus.GESLOTEN);
        assertThatThrownBy(() -> casussen.wijzigen(casus.id(), met(gesloten.inhoud(), "Toch nog iets"), false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.casus-gesloten"));
    }

    @Test
    void closed_cases_are_deleted_after_the_boards_retention_period_by_leerteam_itself_with_an_audit_line() {
        CasusDetails gesloten = casussen.inbrengen(onderbouwRegenboog, formulier("Bewaartermijn"), false);
        casussen.afsluiten(gesloten.id(), gesloten.inhoud().version());
        CasusDetails open = casussen.inbrengen(onderbouwRegenboog, formulier("Blijft open"), false);
        assertThatThrownBy(() -> casussen.verwijderVerlopen(java.time.Instant.now()))
                .as("a person cannot run the retention job").isInstanceOf(AccessDeniedException.class);

        java.time.Instant over11Maanden = java.time.ZonedDateTime.now().plusMonths(11).toInstant();
        java.time.Instant over13Maanden = java.time.ZonedDateTime.now().plusMonths(13).toInstant();
        nl.leerteam.shared.security.SysteemTaak.als(() -> casussen.verwijderVerlopen(over11Maanden));
        assertThat(casussen.casus(gesloten.id()).status()).as("within twelve months it stays").isEqualTo(CasusStatus.GESLOTEN);

        int verwijderd = nl.leerteam.shared.security.SysteemTaak.als(() -> casussen.verwijderVerlopen(over13Maanden));
        assertThat(verwijderd).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> casussen.casus(gesloten.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(casussen.casus(open.id()).status()).as("open cases are never deleted").isEqualTo(CasusStatus.OPEN);
        assertThat(audit.over("CASUS", gesloten.id())).last().satisfies(regel -> {
            assertThat(regel.actie()).isEqualTo(AuditActie.BEWAARTERMIJN_VERLOPEN);
            assertThat(regel.gebruikerId()).as("done by Leerteam, not a person").isNull();
        });
    }

    private static CasusFormulier met(CasusFormulier basis, String hulpvraag) {
        return new CasusFormulier(basis.pseudoniem(), basis.groep(), hulpvraag, basis.watZieIk(), basis.alGeprobeerd(),
                basis.watGaatGoed(), basis.watBelemmert(), basis.oudersBetrokken(), basis.oudersDatum(), basis.oudersAfspraken(),
                basis.oudersWaaromNiet(), basis.tags(), basis.version());
    }
}
