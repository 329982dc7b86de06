package nl.leerteam.trends;

import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class TrendgesprekServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    TrendgesprekService gesprekken;
    @Autowired
    TrendService trends;
    @Autowired
    KijkwijzerService kijkwijzers;

    private UUID kompas;
    private TrendSelectie groep6;

    @BeforeEach
    void alsKc() {
        Inloggen.als(inlog, "bram");
        kompas = trends.scholen().getFirst().schoolId();
        groep6 = new TrendSelectie(Vak.BEGRIJPEND_LEZEN, Schooljaar.van(LocalDate.now()).vorige(), Meetmoment.E, 6);
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_team_observes_and_explains_and_the_kc_decides_concludes_and_agrees_on_an_intervention() {
        UUID id = gesprekken.starten(kompas, null, "Spelling in de middenbouw", "Na de M-toets", false);
        Inloggen.als(inlog, "emma");
        gesprekken.waarnemingToevoegen(id, groep6, "Het aandeel III of hoger zakt van M naar E.", false);
        gesprekken.hypotheseToevoegen(id, groep6, "De instructie sluit niet aan op de toets.", false);
        TrendgesprekPagina alsLeerkracht = gesprekken.pagina(id);
        assertThat(alsLeerkracht.leiden()).isFalse();
        assertThat(alsLeerkracht.waarnemingen().lijst()).singleElement().satisfies(w -> {
            assertThat(w.selectie()).isEqualTo(groep6);
            assertThat(w.auteurNaam()).isEqualTo("Emma Kok");
        });
        TrendgesprekPagina.Hypothese hypothese = alsLeerkracht.hypothesen().lijst().getFirst();
        assertThat(hypothese.status()).isEqualTo(HypotheseStatus.OPEN);
        assertThat(alsLeerkracht.hypothesen().beoordelen()).isFalse();
        assertThat(alsLeerkracht.conclusie().schrijven()).isFalse();
        assertThat(alsLeerkracht.interventies().maken()).isFalse();
        assertThatThrownBy(() -> gesprekken.hypotheseBeoordelen(hypothese.id(), HypotheseStatus.BEVESTIGD, "Gezien", hypothese.version(),
                false)).as("a teacher does not decide").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gesprekken.conclusieOpslaan(id, "Klaar", alsLeerkracht.conclusie().version(), false))
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> gesprekken.hypotheseBeoordelen(hypothese.id(), HypotheseStatus.BEVESTIGD, " ", hypothese.version(), false))
                .as("a decided hypothesis names its evidence")
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("bewijs"));
        gesprekken.hypotheseBeoordelen(hypothese.id(), HypotheseStatus.BEVESTIGD, "Bij de bezoeken zagen we weinig modelen.",
                hypothese.version(), false);
        assertThatThrownBy(() -> gesprekken.afronden(id, gesprekken.pagina(id).kop().version()))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("conclusie"));
        long versie = gesprekken.pagina(id).conclusie().version();
        gesprekken.conclusieOpslaan(id, "We modelen te weinig.", versie, false);
        assertThatThrownBy(() -> gesprekken.conclusieOpslaan(id, "Een andere conclusie", versie, false))
                .as("a conclusion saved meanwhile is never overwritten unseen").isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> gesprekken.afronden(id, gesprekken.pagina(id).kop().version()))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("interventie"));

        LocalDate vanaf = LocalDate.now();
        gesprekken.interventieToevoegen(id, new InterventieInvoer("Dagelijks modelen", "Leerkrachten groep 4-6", vanaf, null, List.of()),
                false);
        TrendgesprekPagina pagina = gesprekken.pagina(id);
        assertThat(pagina.hypothesen().lijst().getFirst().status()).isEqualTo(HypotheseStatus.BEVESTIGD);
        assertThat(pagina.interventies().lijst()).singleElement().satisfies(i -> {
            assertThat(i.evaluatieOp()).as("after the next test window").isEqualTo(Toetsvenster.evaluatieNa(vanaf));
            assertThat(i.teEvalueren()).isFalse();
        });
        assertThat(pagina.kop().kanAfronden()).isTrue();
        gesprekken.afronden(id, pagina.kop().version());

        Inloggen.als(inlog, "emma");
        assertThatThrownBy(() -> gesprekken.waarnemingToevoegen(id, groep6, "Nog iets", false)).as("a closed discussion")
                .isInstanceOf(InvoerFout.class);
        assertThat(gesprekken.gesprekken(kompas)).filteredOn(g -> g.id().equals(id)).singleElement()
                .satisfies(g -> assertThat(g.afgerond()).isNotNull());

        Inloggen.als(inlog, "bram");
        TrendgesprekPagina.Interventie interventie = gesprekken.pagina(id).interventies().lijst().getFirst();
        gesprekken.interventieEvalueren(interventie.id(), InterventieResultaat.DEELS, "In groep 5 wel, in groep 6 nog niet.",
                interventie.version(), false);
        assertThat(gesprekken.pagina(id).interventies().lijst().getFirst().resultaat())
                .as("evaluated after the close, as that is when it is due").isEqualTo(InterventieResultaat.DEELS);
    }

    @Test
    void an_intervention_names_only_criteria_of_the_schools_kijkwijzers_and_its_evaluation_follows_the_start() {
        UUID kijkwijzer = kijkwijzers.aanmaken(kompas, kijkwijzers.voorbeeld());
        UUID criterium = kijkwijzers.kijkwijzer(kijkwijzer, null).inhoud().domeinen().getFirst().criteria().getFirst().id();
        UUID id = gesprekken.starten(kompas, null, "Rekenen", null, false);
        LocalDate vanaf = LocalDate.now();
        assertThatThrownBy(() -> gesprekken.interventieToevoegen(id, new InterventieInvoer("Iets", "Iedereen", vanaf, vanaf.minusDays(1),
                List.of()), false)).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("evaluatieOp"));
        assertThatThrownBy(() -> gesprekken.interventieToevoegen(id, new InterventieInvoer("Iets", "Iedereen", vanaf, null,
                List.of(UUID.randomUUID())), false)).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("criteria"));
        gesprekken.interventieToevoegen(id, new InterventieInvoer("Hardop denken bij het oplossen", "Groep 5-8", vanaf, null,
                List.of(criterium)), false);
        assertThat(gesprekken.pagina(id).interventies().lijst().getFirst().criteria()).extracting(TrendgesprekPagina.Kijkpunt::id)
                .containsExactly(criterium);
        assertThat(gesprekken.pagina(id).interventies().criteria()).extracting(TrendgesprekPagina.Kijkpunt::id).contains(criterium);
    }

    @Autowired
    nl.leerteam.klassenbezoek.BezoekPlanningService planning;
    @Autowired
    nl.leerteam.klassenbezoek.KlassenbezoekService bezoeken;

    @Test
    void a_visit_at_the_school_shows_which_focus_criteria_a_running_intervention_asked_to_look_at() {
        UUID kijkwijzer = kijkwijzers.aanmaken(kompas, kijkwijzers.voorbeeld());
        UUID criterium = kijkwijzers.kijkwijzer(kijkwijzer, null).inhoud().domeinen().getFirst().criteria().getFirst().id();
        UUID id = gesprekken.starten(kompas, null, "Instructie", null, false);
        gesprekken.interventieToevoegen(id, new InterventieInvoer("Korte instructie met modelen", "Groep 3-5", LocalDate.now(), null,
                List.of(criterium)), false);
        UUID bram = nl.leerteam.shared.security.CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, "emma");
        UUID bezoek = planning.plannen(kompas, bram, true, LocalDate.now().plusDays(5));
        assertThat(bezoeken.pagina(bezoek).voorgesprek().afspraken()).containsEntry(criterium, "Korte instructie met modelen");
    }

    @Test
    void every_text_goes_through_the_privacy_guard() {
        UUID id = gesprekken.starten(kompas, null, "Technisch lezen", null, false);
        assertThatThrownBy(() -> gesprekken.waarnemingToevoegen(id, groep6, "Jan de Vries (BSN 111222333) leest traag.", false))
                .isInstanceOf(PrivacyBezwaar.class);
        assertThat(gesprekken.pagina(id).waarnemingen().lijst()).isEmpty();
    }

    @Test
    void a_school_year_without_results_or_a_jaargroep_outside_1_to_8_is_refused() {
        UUID id = gesprekken.starten(kompas, null, "Spelling", null, false);
        Schooljaar volgend = new Schooljaar(Schooljaar.van(LocalDate.now()).beginjaar() + 1);
        assertThatThrownBy(() -> gesprekken.waarnemingToevoegen(id, new TrendSelectie(Vak.SPELLING, volgend, null, null), "Iets", false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("schooljaar"));
        assertThatThrownBy(() -> gesprekken.waarnemingToevoegen(id, new TrendSelectie(Vak.SPELLING, groep6.schooljaar(), null, 9), "Iets",
                false)).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("jaargroep"));
    }

    @Test
    void nobody_of_another_school_or_board_reads_or_writes_in_it_and_only_kcs_and_directors_start_one() {
        UUID id = gesprekken.starten(kompas, null, "Begrijpend lezen", null, false);
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String persoon : List.of("sanne", "fatima", "marieke", "b-directeur", "annelies")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> gesprekken.pagina(id)).as(persoon).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> gesprekken.waarnemingToevoegen(id, groep6, "Iets", false)).as(persoon)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> gesprekken.gesprekken(kompas)).as(persoon).isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "emma");
        assertThatThrownBy(() -> gesprekken.starten(kompas, null, "Zelf", null, false)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "ingrid");
        assertThat(gesprekken.pagina(id).leiden()).as("the director leads too").isTrue();
    }

    @Test
    void the_demonstration_school_has_a_finished_discussion_with_decided_hypotheses_and_an_intervention() {
        assertThat(gesprekken.gesprekken(kompas)).anySatisfy(g -> {
            assertThat(g.afgerond()).isNotNull();
            TrendgesprekPagina pagina = gesprekken.pagina(g.id());
            assertThat(pagina.hypothesen().lijst()).extracting(TrendgesprekPagina.Hypothese::status)
                    .contains(HypotheseStatus.BEVESTIGD, HypotheseStatus.VERWORPEN);
            assertThat(pagina.conclusie().tekst()).isNotBlank();
            assertThat(pagina.interventies().lijst()).isNotEmpty();
        });
    }

    @Test
    void an_evaluation_falls_just_after_the_first_whole_test_window_after_the_start() {
        assertThat(Toetsvenster.evaluatieNa(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Toetsvenster.evaluatieNa(LocalDate.of(2027, 1, 10))).as("started during M").isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Toetsvenster.evaluatieNa(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(Toetsvenster.evaluatieNa(LocalDate.of(2027, 5, 20))).as("started during E").isEqualTo(LocalDate.of(2028, 3, 1));
    }
}
