package nl.leerteam.platform;

import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstIcs;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.VerslagMarkdown;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The board's KC-platform meets on the meeting machinery of leerteams: board staff plan, the board's KCs are its
 * members, the agenda holds cards, questions and the schools side by side, and the minutes and invitation are a
 * leerteam meeting's. Nobody else reads it.
 */
@LeerteamTest
class PlatformbijeenkomstTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    AgendaService agenda;
    @Autowired
    VerslagService verslag;
    @Autowired
    PraktijkkaartService kaarten;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private UUID id(String wie) {
        Inloggen.als(inlog, wie);
        return CurrentUser.require().gebruikerId();
    }

    private static String tekst(String key, Object[] params) {
        return key + (params.length == 0 ? "" : " " + String.join(" | ", java.util.Arrays.stream(params).map(String::valueOf).toList()));
    }

    @Test
    void board_staff_plan_the_kcs_meet_with_cards_questions_and_the_schools_side_by_side_and_nobody_else_reads_it() {
        UUID bram = id("bram");
        UUID fatima = id("fatima");
        UUID annelies = id("annelies");
        UUID kring = organisatie.kcPlatform();
        assertThat(bijeenkomsten.bijeenkomstenVan(kring).eerder()).as("the demonstration board met before")
                .anySatisfy(b -> assertThat(b.titel()).isEqualTo("KC-platform najaar"));
        assertThat(organisatie.leerteam(kring).leden()).as("the board's KCs and board staff")
                .extracting(p -> p.naam()).contains("Bram van Dijk", "Fatima El Amrani", "Annelies van den Berg")
                .doesNotContain("Emma Kok", "Ingrid Dekker");
        LocalDate datum = LocalDate.now().plusDays(20 + new java.util.Random().nextInt(200));
        BijeenkomstFormulier plan = new BijeenkomstFormulier("KC-platform voorjaar", datum, LocalTime.of(14, 0), LocalTime.of(16, 30),
                "Bestuursbureau", null, annelies, bram, null);
        UUID bijeenkomst = bijeenkomsten.plannen(kring, plan, false);

        Inloggen.als(inlog, "bram");
        assertThat(organisatie.kcPlatform()).isEqualTo(kring);
        assertThat(bijeenkomsten.bijeenkomstenVan(kring).komend()).extracting(b -> b.id()).contains(bijeenkomst);
        assertThat(bijeenkomsten.bijeenkomstenVan(kring).lid()).as("a KC does not plan the platform's meetings").isFalse();
        assertThatThrownBy(() -> bijeenkomsten.plannen(kring, plan, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.CASUS, UUID.randomUUID(), null, false))
                .isInstanceOf(InvoerFout.class).satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo("fout.agendapunt-soort"));

        Map<UUID, String> kaartKeuzes = agenda.verwijzingKeuzes(bijeenkomst, AgendapuntSoort.PRAKTIJKKAART);
        assertThat(kaartKeuzes).as("the board's published cards").containsValue("Korte instructie met wisbordjes");
        UUID kaart = kaartKeuzes.entrySet().stream().filter(e -> e.getValue().equals("Korte instructie met wisbordjes")).findFirst()
                .orElseThrow().getKey();
        agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.PRAKTIJKKAART, kaart, null, false);
        assertThatThrownBy(() -> agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.PRAKTIJKKAART, kaart, null, false))
                .isInstanceOf(InvoerFout.class);
        assertThatThrownBy(() -> agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.PRAKTIJKKAART, UUID.randomUUID(), null, false))
                .as("only what the board's list offers").isInstanceOf(InvoerFout.class);
        agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.TRENDVERGELIJKING, null, "Begrijpend lezen naast elkaar", false);

        BijeenkomstDetails details = bijeenkomsten.bijeenkomst(bijeenkomst);
        assertThat(details.agenda()).extracting(BijeenkomstDetails.Agendapunt::soort)
                .containsExactly(AgendapuntSoort.PRAKTIJKKAART, AgendapuntSoort.TRENDVERGELIJKING);
        assertThat(details.agenda().getFirst().verwijzing()).isEqualTo("platform/kaarten/" + kaart);

        Inloggen.als(inlog, "annelies");
        bijeenkomsten.starten(bijeenkomst, bijeenkomsten.bijeenkomst(bijeenkomst).plan().version());
        Inloggen.als(inlog, "bram");
        UUID punt = bijeenkomsten.bijeenkomst(bijeenkomst).agenda().getFirst().id();
        verslag.notitiesOpslaan(punt, "Twee scholen werken al met wisbordjes.", 0L, false);
        verslag.besluitToevoegen(punt, "Elke school probeert de wisbordjes zes weken.", false);
        verslag.actiepuntToevoegen(punt, "Ervaringen ophalen", fatima, datum.plusWeeks(6), false);
        Inloggen.als(inlog, "annelies");
        bijeenkomsten.afronden(bijeenkomst, bijeenkomsten.bijeenkomst(bijeenkomst).plan().version());

        Inloggen.als(inlog, "fatima");
        BijeenkomstDetails notulen = bijeenkomsten.bijeenkomst(bijeenkomst);
        String markdown = VerslagMarkdown.van(notulen, Locale.forLanguageTag("nl"), PlatformbijeenkomstTest::tekst);
        assertThat(markdown).contains("Korte instructie met wisbordjes").contains("Elke school probeert de wisbordjes zes weken")
                .contains("Ervaringen ophalen").contains("Begrijpend lezen naast elkaar");
        assertThat(BijeenkomstIcs.van(notulen, "KC-platform")).contains("SUMMARY:KC-platform voorjaar");

        for (String buiten : new String[] {"emma", "ingrid"}) {
            Inloggen.als(inlog, buiten);
            assertThatThrownBy(() -> bijeenkomsten.bijeenkomst(bijeenkomst)).as(buiten + " is not of the KC-platform")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> organisatie.kcPlatform()).as(buiten).isInstanceOf(AccessDeniedException.class);
            assertThat(organisatie.mijnOverzicht().mijnLeerteams()).extracting(LeerteamSamenvatting::id).doesNotContain(kring);
        }
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String ander : new String[] {"b-bestuur", "b-directeur", "b-leerkracht"}) {
            Inloggen.als(inlog, ander);
            assertThatThrownBy(() -> bijeenkomsten.bijeenkomst(bijeenkomst)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bijeenkomsten.bijeenkomstenVan(kring)).as(ander).isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "b-bestuur");
        assertThat(organisatie.kcPlatform()).as("every board has a platform of its own").isNotEqualTo(kring);
    }
}
