package nl.leerteam.zoeken;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.platform.Bewijs;
import nl.leerteam.platform.Context;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.KaartInvoer;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.VraagService;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import nl.leerteam.trends.TrendgesprekService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Trend discussions, practice cards and questions are found by exactly those who may read them. */
@LeerteamTest
class ZoekenPlatformEnTrendsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    ZoekService zoeken;
    @Autowired
    TrendgesprekService gesprekken;
    @Autowired
    PraktijkkaartService kaarten;
    @Autowired
    VraagService vragen;
    @Autowired
    nl.leerteam.platform.BibliotheekService bibliotheek;

    private final String kenmerk = IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + new Random().nextInt(26))))
            .collect(Collectors.joining());

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void trend_discussions_cards_and_questions_are_found_by_who_may_read_them_and_nobody_else() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "bram");
        UUID kompas = kaarten.schrijfScholen().keySet().iterator().next();
        UUID gesprek = gesprekken.starten(kompas, null, "Spelling " + kenmerk, "Na de M-toets", false);
        UUID kaart = kaarten.nieuw(kompas, new KaartInvoer("Korte instructie " + kenmerk, Domein.LEERCOORDINATOR, List.of(),
                List.of(5, 6), Context.Schoolgrootte.MIDDEL, Context.Populatie.GEMIDDELD, "Leerlingen haakten af.",
                "Korte instructie met een check.", "Directe instructie.", "Drie stappen.", "Meer leerlingen aan het werk.",
                Bewijs.PRAKTIJKDATA, 6, null), false);
        UUID vraag = vragen.stellen("Hoe plannen jullie " + kenmerk + "?", "Met het hele team of per bouw?", Domein.ZORGREGISSEUR,
                List.of(), false);
        assertThat(ids(zoeken.zoek("speling " + kenmerk))).as("a typo in a title").contains(gesprek);

        Inloggen.als(inlog, "emma");
        assertThat(ids(zoeken.zoek(kenmerk))).as("a teacher of the school: its discussion and its concept card, no question")
                .contains(gesprek, kaart).doesNotContain(vraag);
        Inloggen.als(inlog, "fatima");
        assertThat(ids(zoeken.zoek(kenmerk))).as("a KC of another school: the question only").contains(vraag)
                .doesNotContain(gesprek, kaart);
        Inloggen.als(inlog, "annelies");
        assertThat(ids(zoeken.zoek(kenmerk))).as("board staff: the question only").contains(vraag).doesNotContain(gesprek, kaart);

        Inloggen.als(inlog, "bram");
        kaarten.indienen(kaart, kaarten.kaart(kaart).version(), false);
        Inloggen.als(inlog, "fatima");
        assertThat(ids(zoeken.zoek(kenmerk))).as("under review, for the KCs of the other schools").contains(kaart);
        Inloggen.als(inlog, "sanne");
        assertThat(ids(zoeken.zoek(kenmerk))).as("a teacher of another school: nothing").isEmpty();
        Inloggen.als(inlog, "b-bestuur");
        assertThat(zoeken.zoek(kenmerk).aantal()).as("another board: nothing").isZero();
    }

    @Test
    void a_library_file_is_found_by_its_extracted_text_at_its_own_school_and_not_elsewhere_before_approval() throws Exception {
        Inloggen.als(inlog, "bram");
        UUID kompas = bibliotheek.uploadScholen().keySet().iterator().next();
        java.nio.file.Path tijdelijk = java.nio.file.Files.write(java.nio.file.Files.createTempFile(bibliotheek.tijdelijkeMap(),
                "test-", ".tmp"), nl.leerteam.platform.bestand.Testbestanden.pdf("Rekenen met de " + kenmerk + " in groep 5"));
        UUID bestand = bibliotheek.toevoegen(kompas, new nl.leerteam.platform.BestandInvoer("Getallenlijn", "Voor de studiedag.",
                List.of(), "Studiedag rekenen", null), tijdelijk, "getallenlijn.pdf", false);

        Inloggen.als(inlog, "emma");
        assertThat(ids(zoeken.zoek(kenmerk))).as("its school finds it by the text in the file").contains(bestand);
        Inloggen.als(inlog, "fatima");
        assertThat(ids(zoeken.zoek(kenmerk))).as("another school only once it is approved").doesNotContain(bestand);
    }

    private static List<UUID> ids(Zoekantwoord antwoord) {
        return antwoord.groepen().stream().flatMap(g -> g.resultaten().stream()).map(Zoekresultaat::id).toList();
    }
}
