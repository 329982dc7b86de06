package nl.leerteam.platform;

import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class PraktijkkaartServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    PraktijkkaartService kaarten;
    @Autowired
    ThemaService themas;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BeheerService beheer;
    @Autowired
    JdbcTemplate jdbc;

    private UUID kompas;
    private UUID thema;

    @BeforeEach
    void thema() {
        Inloggen.als(inlog, "annelies");
        String naam = "Instructie " + UUID.randomUUID().toString().substring(0, 8);
        thema = themas.toevoegen(naam);
        Inloggen.als(inlog, "bram");
        kompas = kaarten.schrijfScholen().keySet().iterator().next();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private KaartInvoer invoer(String titel) {
        return new KaartInvoer(titel, Domein.LEERCOORDINATOR, List.of(thema), List.of(5, 6), Context.Schoolgrootte.MIDDEL,
                Context.Populatie.GEMIDDELD, "Leerlingen haakten af bij lange instructie.", "Korte instructie met een check.",
                "Directe instructie (Rosenshine).", "Drie stappen, tien minuten.", "Meer leerlingen aan het werk.", Bewijs.PRAKTIJKDATA, 6,
                null);
    }

    private KaartStand stand(UUID id) {
        return kaarten.kaart(id).stand();
    }

    @Test
    void a_card_goes_from_concept_through_review_by_another_schools_kc_to_the_whole_board_and_every_step_is_in_its_history() {
        UUID id = kaarten.nieuw(kompas, invoer("Korte instructie in groep 5-6"), false);
        assertThat(stand(id)).isEqualTo(KaartStand.CONCEPT);
        Inloggen.als(inlog, "emma");
        assertThat(kaarten.kaarten()).as("a concept is its school's").extracting(KaartSamenvatting::id).contains(id);
        for (String buiten : List.of("fatima", "sanne", "annelies")) {
            Inloggen.als(inlog, buiten);
            assertThat(kaarten.kaarten()).as(buiten).extracting(KaartSamenvatting::id).doesNotContain(id);
            assertThatThrownBy(() -> kaarten.kaart(id)).as(buiten).isInstanceOf(AccessDeniedException.class);
        }

        Inloggen.als(inlog, "bram");
        kaarten.indienen(id, kaarten.kaart(id).version(), false);
        assertThat(stand(id)).isEqualTo(KaartStand.TER_REVIEW);
        assertThatThrownBy(() -> kaarten.goedkeuren(id, kaarten.kaart(id).version())).as("not the owner")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> kaarten.kaart(id)).as("a teacher of another school does not review").isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "fatima");
        KaartDetails inReview = kaarten.kaart(id);
        assertThat(inReview.mag().beoordelen()).isTrue();
        kaarten.terugsturen(id, "Noem ook hoe jullie de check deden.", inReview.version(), false);
        Inloggen.als(inlog, "bram");
        KaartDetails terug = kaarten.kaart(id);
        assertThat(terug.stand()).isEqualTo(KaartStand.CONCEPT);
        assertThat(terug.opmerking()).isEqualTo("Noem ook hoe jullie de check deden.");
        kaarten.wijzigen(id, invoer("Korte instructie met een wisbordje"), terug.version(), false);
        kaarten.indienen(id, kaarten.kaart(id).version(), false);

        Inloggen.als(inlog, "fatima");
        kaarten.goedkeuren(id, kaarten.kaart(id).version());
        for (String lezer : List.of("sanne", "marieke", "annelies", "emma")) {
            Inloggen.als(inlog, lezer);
            assertThat(kaarten.kaart(id).stand()).as(lezer).isEqualTo(KaartStand.GEPUBLICEERD);
            assertThat(kaarten.kaart(id).invoer().titel()).isEqualTo("Korte instructie met een wisbordje");
        }
        Inloggen.als(inlog, "bram");
        assertThat(kaarten.kaart(id).geschiedenis()).extracting(KaartDetails.Stap::stap)
                .containsExactly("AANGEMAAKT", "INGEDIEND", "TERUGGESTUURD", "INGEDIEND", "GOEDGEKEURD");
    }

    @Test
    void a_new_version_goes_through_review_again_while_the_published_one_stays_readable_and_an_outdated_card_is_confirmed() {
        UUID id = kaarten.nieuw(kompas, invoer("Rekenmuurtjes"), false);
        kaarten.indienen(id, kaarten.kaart(id).version(), false);
        Inloggen.als(inlog, "fatima");
        kaarten.goedkeuren(id, kaarten.kaart(id).version());

        Inloggen.als(inlog, "bram");
        kaarten.wijzigen(id, invoer("Rekenmuurtjes, tweede versie"), kaarten.kaart(id).version(), false);
        KaartDetails binnen = kaarten.kaart(id);
        assertThat(binnen.stand()).isEqualTo(KaartStand.CONCEPT);
        assertThat(binnen.nieuwerInWerk()).isTrue();
        assertThat(binnen.versie()).isEqualTo(2);
        Inloggen.als(inlog, "sanne");
        assertThat(kaarten.kaart(id).invoer().titel()).as("the board still reads the published version").isEqualTo("Rekenmuurtjes");
        assertThat(kaarten.kaart(id).versie()).isEqualTo(1);

        // the review-by date of the published version passes
        jdbc.update("update praktijkkaart_versie set herzien_voor = ? where kaart_id = ? and nummer = 1",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)), id);
        assertThat(kaarten.kaart(id).stand()).isEqualTo(KaartStand.VEROUDERD);
        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> kaarten.bevestigen(id, kaarten.kaart(id).version())).as("a newer version is in the making")
                .isInstanceOf(InvoerFout.class);
        kaarten.indienen(id, kaarten.kaart(id).version(), false);
        Inloggen.als(inlog, "fatima");
        kaarten.goedkeuren(id, kaarten.kaart(id).version());
        Inloggen.als(inlog, "sanne");
        assertThat(kaarten.kaart(id).invoer().titel()).isEqualTo("Rekenmuurtjes, tweede versie");
        assertThat(kaarten.kaart(id).stand()).isEqualTo(KaartStand.GEPUBLICEERD);
    }

    @Test
    void a_kc_of_the_same_school_does_not_review_and_a_stale_version_is_refused() {
        UUID id = kaarten.nieuw(kompas, invoer("Samen lezen"), false);
        long versie = kaarten.kaart(id).version();
        kaarten.indienen(id, versie, false);
        assertThatThrownBy(() -> kaarten.wijzigen(id, invoer("Anders"), versie, false)).isInstanceOf(InvoerFout.class);

        Inloggen.als(inlog, "ingrid");
        UUID mohamed = organisatie.mensenVan(kompas).stream().filter(p -> p.naam().equals("Mohamed Ouali")).findFirst().orElseThrow().id();
        beheer.rollenInstellen(kompas, mohamed, Set.of(Rol.LEERKRACHT, Rol.KC));
        try {
            Inloggen.als(inlog, "mohamed");
            assertThatThrownBy(() -> kaarten.goedkeuren(id, kaarten.kaart(id).version()))
                    .as("a KC of the card's own school").isInstanceOf(AccessDeniedException.class);
            Inloggen.als(inlog, "fatima");
            long gelezen = kaarten.kaart(id).version();
            kaarten.goedkeuren(id, gelezen);
            assertThatThrownBy(() -> kaarten.terugsturen(id, "Te laat", gelezen, false)).as("approved meanwhile")
                    .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("platform.kaart.niet-in-review"));
            Inloggen.als(inlog, "bram");
            long voorWijziging = kaarten.kaart(id).version();
            kaarten.wijzigen(id, invoer("Samen lezen, bijgewerkt"), voorWijziging, false);
            assertThatThrownBy(() -> kaarten.wijzigen(id, invoer("Samen lezen, anders"), voorWijziging, false))
                    .as("a change based on what was read before another change").isInstanceOf(GelijktijdigGewijzigd.class);
        } finally {
            Inloggen.als(inlog, "ingrid");
            beheer.rollenInstellen(kompas, mohamed, Set.of(Rol.LEERKRACHT));
        }
    }

    @Test
    void every_text_passes_the_privacy_guard_names_no_school_and_uses_the_boards_themes() {
        KaartInvoer metNaam = new KaartInvoer("Lezen met Jan de Vries", Domein.ZORGREGISSEUR, List.of(), List.of(), null, null, null,
                "Bel 06-12345678 voor meer", null, null, null, null, null, null);
        assertThatThrownBy(() -> kaarten.nieuw(kompas, metNaam, false)).isInstanceOf(PrivacyBezwaar.class);
        KaartInvoer school = new KaartInvoer("Zo doen wij het op Kindcentrum Het Kompas", Domein.TRENDANALIST, List.of(), List.of(), null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> kaarten.nieuw(kompas, school, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("platform.kaart.schoolnaam"));
        KaartInvoer vreemdThema = new KaartInvoer("Trendgesprekken", Domein.TRENDANALIST, List.of(UUID.randomUUID()), List.of(), null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> kaarten.nieuw(kompas, vreemdThema, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("themas"));
        Inloggen.als(inlog, "emma");
        assertThatThrownBy(() -> kaarten.nieuw(kompas, invoer("Als leerkracht"), false)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> kaarten.nieuw(kompas, invoer("Voor een andere school"), false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_of_one_board_is_visible_in_another_and_only_board_staff_keep_the_themes() {
        UUID id = kaarten.nieuw(kompas, invoer("Leesplezier"), false);
        kaarten.indienen(id, kaarten.kaart(id).version(), false);
        Inloggen.als(inlog, "fatima");
        kaarten.goedkeuren(id, kaarten.kaart(id).version());
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String ander : List.of("b-bestuur", "b-directeur", "b-leerkracht")) {
            Inloggen.als(inlog, ander);
            assertThat(kaarten.kaarten()).as(ander).extracting(KaartSamenvatting::id).doesNotContain(id);
            assertThatThrownBy(() -> kaarten.kaart(id)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThat(themas.themas()).as(ander).extracting(ThemaService.Thema::id).doesNotContain(thema);
        }
        Inloggen.als(inlog, "b-bestuur");
        assertThatThrownBy(() -> themas.verwijderen(thema)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> themas.toevoegen("Eigen thema")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demonstration_board_has_a_published_an_outdated_and_a_card_in_review() {
        assertThat(kaarten.kaarten()).filteredOn(k -> List.of("Korte instructie met wisbordjes", "Een datamuur voor het trendgesprek",
                        "Samen lezen in duo's").contains(k.titel()))
                .extracting(KaartSamenvatting::stand)
                .containsExactlyInAnyOrder(KaartStand.GEPUBLICEERD, KaartStand.TER_REVIEW, KaartStand.VEROUDERD);
    }

    @Test
    void another_school_records_that_it_adopted_a_card_and_how_it_went_and_feedback_always_carries_a_sentence() {
        UUID id = kaarten.nieuw(kompas, invoer("Leesestafette"), false);
        kaarten.indienen(id, kaarten.kaart(id).version(), false);
        assertThatThrownBy(() -> kaarten.adopteren(id, kompas)).as("not its own school").isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        kaarten.goedkeuren(id, kaarten.kaart(id).version());
        KaartDetails gelezen = kaarten.kaart(id);
        assertThat(gelezen.mag().adopteren()).hasSize(2);
        UUID regenboog = gelezen.mag().adopteren().entrySet().stream().filter(e -> e.getValue().equals("OBS De Regenboog")).findFirst()
                .orElseThrow().getKey();
        kaarten.adopteren(id, regenboog);
        kaarten.adopteren(id, regenboog);
        kaarten.adoptieVerslag(id, regenboog, "In groep 6 lezen ze nu meer, in groep 5 was het te druk.", false);
        assertThat(kaarten.kaart(id).adopties()).singleElement().satisfies(a -> {
            assertThat(a.schoolNaam()).isEqualTo("OBS De Regenboog");
            assertThat(a.verslag()).startsWith("In groep 6");
        });
        assertThat(kaarten.kaart(id).mag().adopteren()).as("not twice").doesNotContainKey(regenboog);

        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> kaarten.adoptieVerslag(id, regenboog, "Niet van mij", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kaarten.feedback(id, true, "Eigen kaart", false)).as("the owner").isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> kaarten.feedback(id, true, " ", false)).as("a sentence is required")
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("zin"));
        kaarten.feedback(id, true, "Meteen bruikbaar in mijn groep 5.", false);
        assertThat(kaarten.kaart(id).feedback()).singleElement().satisfies(f -> {
            assertThat(f.bruikbaar()).isTrue();
            assertThat(f.doorNaam()).isEqualTo("Sanne de Vries");
        });
    }

    @Test
    void a_kc_of_the_school_starts_a_card_from_a_learning_point_a_teacher_shared_and_only_its_words_travel() {
        Inloggen.als(inlog, "emma");
        UUID leerteam = organisatie.mijnOverzicht().mijnLeerteams().getFirst().id();
        String titel = "Iedereen laten meeschrijven " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        context.getBean(nl.leerteam.bijeenkomst.AgendaService.class).voorstelDoen(leerteam, titel,
                "Tijdens de uitleg schrijft iedereen het antwoord op een wisbordje.", false);
        UUID voorstel = jdbc.queryForObject("select id from agendavoorstel where titel = ?", UUID.class, titel);
        assertThatThrownBy(() -> kaarten.voorstel(PraktijkkaartService.Bron.LEERPUNT, voorstel)).as("a teacher writes no cards")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> kaarten.voorstel(PraktijkkaartService.Bron.LEERPUNT, voorstel)).as("a KC of another school")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "bram");
        PraktijkkaartService.Kaartvoorstel kaart = kaarten.voorstel(PraktijkkaartService.Bron.LEERPUNT, voorstel);
        assertThat(kaart.schoolId()).isEqualTo(kompas);
        assertThat(kaart.invoer().titel()).isEqualTo(titel);
        assertThat(kaart.invoer().wat()).isEqualTo("Tijdens de uitleg schrijft iedereen het antwoord op een wisbordje.");
        assertThat(kaart.invoer().aanleiding()).as("nothing else travels").isNull();
    }
}
