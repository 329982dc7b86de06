package nl.leerteam.zoeken;

import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Search finds in Dutch as people type it, and only what the person may read: access is in the query, so a stranger's
 * search for an exact title finds as much as a nonsense word.
 */
@LeerteamTest
class ZoekServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    ZoekService zoeken;
    @Autowired
    CasusService casussen;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BezoekPlanningService planning;
    @Autowired
    KlassenbezoekService bezoeken;

    /** A made-up word in every text of this test, so its searches find only what this test wrote. */
    private final String kenmerk = IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + new Random().nextInt(26))))
            .collect(Collectors.joining());
    private UUID casus;
    private UUID bijeenkomst;
    private UUID bezoek;

    @BeforeEach
    void teksten() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "fatima");
        UUID fatima = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "sanne");
        UUID sanne = CurrentUser.require().gebruikerId();
        LeerteamSamenvatting team = organisatie.mijnOverzicht().mijnLeerteams().getFirst();
        casus = casussen.inbrengen(team.id(), new CasusFormulier(null, 6, "Hoe help ik hem bij " + kenmerk + " rekenen?",
                "Hij komt met de fietsen van de kinderen te laat in groep-8.", "Het leerlingvolgsysteem laat een dip zien.",
                "Helpt de kwaliteitscoördinator graag.", null, false, null, null, "Nog niet.", Set.of(), null), false).id();
        bijeenkomst = bijeenkomsten.plannen(team.id(), new BijeenkomstFormulier("Rekenmuur " + kenmerk, LocalDate.now().plusDays(4),
                LocalTime.of(15, 0), LocalTime.of(16, 0), "Teamkamer", null, sanne, sanne, null), false);
        bezoek = planning.plannen(team.schoolId(), fatima, true, LocalDate.now().plusDays(5));
        bezoeken.voorgesprek(bezoek, new Voorgesprek(LocalDate.now().plusDays(5), null, "Hoe houd ik " + kenmerk + " kort?",
                null, null, null, List.of(), bezoeken.bezoek(bezoek).version()), false);
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void dutch_as_people_type_it() {
        Inloggen.als(inlog, "sanne");
        for (String vraag : List.of("fiets " + kenmerk, "kind " + kenmerk, "volgsysteem " + kenmerk, "coordinator " + kenmerk,
                "Coördinator " + kenmerk, "groep 8 " + kenmerk, kenmerk.toUpperCase())) {
            assertThat(ids(zoeken.zoek(vraag))).as(vraag).contains(casus);
        }
        assertThat(ids(zoeken.zoek("rekenmuur " + kenmerk))).contains(bijeenkomst);
        String typfout = "rekenmuir " + kenmerk;
        assertThat(ids(zoeken.zoek(typfout))).as("a typo of one letter still finds a title").contains(bijeenkomst);
        assertThat(ids(zoeken.zoek("houd " + kenmerk))).as("her own visit").contains(bezoek);
    }

    @Test
    void a_snippet_marks_the_words_found_and_is_plain_text() {
        Inloggen.als(inlog, "sanne");
        Zoekresultaat gevonden = zoeken.zoek("fietsen " + kenmerk).groepen().stream().flatMap(g -> g.resultaten().stream())
                .filter(r -> r.id().equals(casus)).findFirst().orElseThrow();
        assertThat(gevonden.fragment()).contains(Zoekresultaat.BEGIN + "fietsen" + Zoekresultaat.EIND);
        assertThat(gevonden.pad()).isEqualTo("casussen/" + casus);
    }

    @Test
    void nobody_finds_what_they_may_not_read_and_the_answer_is_that_of_a_nonsense_word() {
        for (String wie : List.of("joris", "fatima")) {
            Inloggen.als(inlog, wie);
            assertThat(ids(zoeken.zoek(kenmerk))).as(wie + " reads the case and the meeting of the leerteam").contains(casus, bijeenkomst);
        }
        Inloggen.als(inlog, "fatima");
        assertThat(ids(zoeken.zoek(kenmerk))).as("the observer finds the visit").contains(bezoek);
        for (String wie : List.of("marieke", "annelies", "b-leerkracht", "b-directeur", "lotte", "joris")) {
            Inloggen.als(inlog, wie);
            Zoekantwoord antwoord = zoeken.zoek(kenmerk);
            Zoekantwoord onzin = zoeken.zoek("qqqqzzzzxxxx");
            // a teacher of another leerteam of the same school finds nothing of this one either
            if (!wie.equals("joris")) {
                assertThat(antwoord.aantal()).as(wie + " finds nothing of it").isZero();
                assertThat(antwoord).as(wie + ": the same answer as a nonsense word").isEqualTo(onzin);
            }
            assertThat(ids(antwoord)).as(wie + " never finds the visit of others").doesNotContain(bezoek);
        }
    }

    @Test
    void hostile_queries_give_results_or_a_sentence_never_an_error() {
        Inloggen.als(inlog, "sanne");
        for (String vraag : List.of("foo & (bar", "!!!:*", "') or 1=1 --", "%_%", "x".repeat(5_000), "woord ".repeat(300),
                "de het een", "<script>alert(1)</script>", "a:* | b", "\\", "''''", " ")) {
            assertThatCode(() -> {
                Zoekantwoord antwoord = zoeken.zoek(vraag);
                assertThat(antwoord.melding() != null || antwoord.groepen() != null).isTrue();
            }).as(vraag.length() > 40 ? vraag.substring(0, 40) + "…" : vraag).doesNotThrowAnyException();
        }
        assertThat(zoeken.zoek("de het een").melding()).isEqualTo("zoeken.melding.stopwoorden");
        assertThat(zoeken.zoek("!!!:*").melding()).isEqualTo("zoeken.melding.geen-woorden");
        assertThat(zoeken.zoek("woord ".repeat(300)).ingekort()).isTrue();
    }

    private static List<UUID> ids(Zoekantwoord antwoord) {
        return antwoord.groepen().stream().flatMap(g -> g.resultaten().stream()).map(Zoekresultaat::id).toList();
    }
}
