package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.ui.BijeenkomstView;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import nl.leerteam.trends.HypotheseStatus;
import nl.leerteam.trends.InterventieResultaat;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Toetsvenster;
import nl.leerteam.trends.TrendService;
import nl.leerteam.trends.TrendgesprekService;
import nl.leerteam.trends.Vak;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TrendgesprekViewTest extends KaribuTest {

    @Autowired
    TrendgesprekService gesprekken;
    @Autowired
    TrendService trends;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    AgendaService agenda;
    @Autowired
    nl.leerteam.leerlingbespreking.CasusService casussen;

    private static List<String> items(com.vaadin.flow.component.html.UnorderedList lijst) {
        return lijst.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    @Test
    void the_kc_starts_a_discussion_and_runs_the_research_cycle_beside_the_results_and_the_visits() {
        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView trendsView = _get(TrendsView.class);
        assertThat(items(trendsView.gesprekken.lijst)).as("the demonstration school's finished discussion")
                .anySatisfy(t -> assertThat(t).contains("Begrijpend lezen in de bovenbouw").contains("afgerond op"));
        _click(trendsView.gesprekken.starten);
        TrendgesprekStartDialog start = _get(TrendgesprekStartDialog.class);
        start.titel.setValue("Rekenen in groep 5");
        start.aanleiding.setValue("De E-toets viel tegen.");
        _click(start.starten);

        TrendgesprekView view = _get(TrendgesprekView.class);
        assertThat(view.titel.getText()).isEqualTo("Rekenen in groep 5");
        TrendgesprekPart part = view.gesprek;
        assertThat(part.kopPart.aanleiding.getText()).isEqualTo("De E-toets viel tegen.");
        assertThat(part.kopPart.status.getText()).isEqualTo("Loopt");
        assertThat(part.kopPart.afronden.isVisible()).as("not before a conclusion and an intervention").isFalse();
        SelectiePart selectie = part.selectie;
        assertThat(_find(selectie.resultaten, VakTabel.class)).as("the results the team looks at").hasSize(1);
        assertThat(selectie.schoolbeeld).as("the KC sees the visits of the same period").isNotNull();

        selectie.vak.setValue(Vak.REKENEN_WISKUNDE);
        selectie.meetmoment.setValue(Meetmoment.E);
        selectie.jaargroep.setValue(5);
        assertThat(part.waarnemingenPart.tekst.getHelperText()).contains("Rekenen-wiskunde").contains("Groep 5");
        part.waarnemingenPart.tekst.setValue("Minder leerlingen op III of hoger dan bij de M-toets.");
        _click(part.waarnemingenPart.toevoegen);
        part.hypothesenPart.tekst.setValue("Het automatiseren krijgt te weinig tijd.");
        _click(part.hypothesenPart.toevoegen);
        assertThat(items(part.waarnemingenPart.lijst)).singleElement().satisfies(t -> assertThat(t)
                .contains("Minder leerlingen").contains("Rekenen-wiskunde · ").contains("Eind · Groep 5").contains("Bram van Dijk"));
        assertThat(items(part.hypothesenPart.lijst)).singleElement().satisfies(t -> assertThat(t).startsWith("Open"));

        _click(_find(part.hypothesenPart, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("hypothese-beoordelen")).getFirst());
        BeoordelingDialog beoordeling = _get(BeoordelingDialog.class);
        beoordeling.status.setValue(HypotheseStatus.BEVESTIGD);
        _click(beoordeling.opslaan);
        assertThat(beoordeling.bewijs.isInvalid()).as("a decided hypothesis names its evidence").isTrue();
        beoordeling.bewijs.setValue("In het rooster staat er tien minuten per week voor.");
        _click(beoordeling.opslaan);
        assertThat(items(part.hypothesenPart.lijst)).singleElement().satisfies(t -> assertThat(t)
                .startsWith("Bevestigd").contains("Onderbouwing: In het rooster"));

        part.conclusiePart.tekst.setValue("Automatiseren krijgt meer tijd.");
        _click(part.conclusiePart.opslaan);
        _click(part.interventiesPart.nieuw);
        InterventieDialog interventie = _get(InterventieDialog.class);
        assertThat(interventie.evaluatieOp.getValue()).as("after the next test window")
                .isEqualTo(Toetsvenster.evaluatieNa(LocalDate.now()));
        interventie.vanaf.setValue(LocalDate.now().plusDays(7));
        assertThat(interventie.evaluatieOp.getValue()).as("follows the start until chosen")
                .isEqualTo(Toetsvenster.evaluatieNa(LocalDate.now().plusDays(7)));
        interventie.wat.setValue("Elke dag tien minuten automatiseren");
        interventie.wie.setValue("Leerkrachten groep 5");
        _click(interventie.opslaan);
        assertThat(items(part.interventiesPart.lijst)).singleElement().satisfies(t -> assertThat(t)
                .contains("Elke dag tien minuten").contains("Leerkrachten groep 5 · vanaf"));

        assertThat(part.kopPart.afronden.isVisible()).isTrue();
        _click(part.kopPart.afronden);
        assertThat(part.kopPart.status.getText()).startsWith("Afgerond op");
        assertThat(part.waarnemingenPart.tekst.getParent().orElseThrow().isVisible()).as("a closed discussion takes no more").isFalse();
        assertThat(part.conclusiePart.tekst.isVisible()).isFalse();
        assertThat(part.conclusiePart.lezen.getText()).isEqualTo("Automatiseren krijgt meer tijd.");

        _click(_find(part.interventiesPart, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("interventie-evalueren")).getFirst());
        InterventieEvaluatieDialog evaluatie = _get(InterventieEvaluatieDialog.class);
        evaluatie.resultaat.setValue(InterventieResultaat.WERKT);
        evaluatie.evaluatie.setValue("Bij de M-toets meer leerlingen op III of hoger.");
        _click(evaluatie.opslaan);
        assertThat(items(part.interventiesPart.lijst)).singleElement().satisfies(t -> assertThat(t).contains("Werkt Bij de M-toets"));
    }

    @Test
    void a_pattern_in_the_care_questions_opens_a_trend_discussion_with_its_title_filled_in_and_a_teacher_sees_no_pattern() {
        login("emma");
        UI.getCurrent().navigate(TrendsView.class);
        assertThat(_get(TrendsView.class).patronen.isVisible()).isFalse();
        LeerteamSamenvatting team = organisatie.mijnOverzicht().mijnLeerteams().getFirst();
        casussen.inbrengen(team.id(), new nl.leerteam.leerlingbespreking.CasusFormulier(null, 3, "Hoe help ik bij het rijmen?", null, null,
                null, null, false, null, null, null, java.util.Set.of("rijmen"), null), false);

        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        assertThat(view.patronen.isVisible()).isTrue();
        assertThat(view.patronen.groepen).isNotNull();
        _click(_find((com.vaadin.flow.component.Component) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(
                view.patronen.groepen, 0, "gesprek"), com.vaadin.flow.component.button.Button.class).getFirst());
        TrendgesprekStartDialog start = _get(TrendgesprekStartDialog.class);
        assertThat(start.titel.getValue()).startsWith("Zorgvragen: Groep ");
        assertThat(start.aanleiding.getValue()).contains("open en");
    }

    @Test
    void a_teacher_adds_what_she_sees_but_does_not_decide_and_sees_no_visit_figures() {
        Inloggen.als(inlog, "bram");
        UUID kompas = trends.scholen().getFirst().schoolId();
        UUID id = gesprekken.starten(kompas, null, "Spelling groep 7", null, false);
        login("emma");
        UI.getCurrent().navigate(TrendgesprekView.class, TrendgesprekView.parameters(id));
        TrendgesprekPart part = _get(TrendgesprekView.class).gesprek;
        assertThat(part.selectie.schoolbeeld).isNull();
        assertThat(part.conclusiePart.tekst.isVisible()).isFalse();
        assertThat(part.conclusiePart.lezen.getText()).isEqualTo("Nog geen conclusie.");
        assertThat(part.interventiesPart.nieuw.isVisible()).isFalse();
        assertThat(part.kopPart.afronden.isVisible()).isFalse();
        part.hypothesenPart.tekst.setValue("De woordpakketten zijn te groot.");
        _click(part.hypothesenPart.toevoegen);
        assertThat(_find(part.hypothesenPart, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("hypothese-beoordelen"))).isEmpty();
        assertThat(items(part.hypothesenPart.lijst)).singleElement().satisfies(t -> assertThat(t).contains("Emma Kok"));
    }

    @Test
    void a_conclusion_another_leader_saved_meanwhile_is_shown_beside_the_typed_text_and_kept_only_by_choice() {
        Inloggen.als(inlog, "bram");
        UUID kompas = trends.scholen().getFirst().schoolId();
        UUID id = gesprekken.starten(kompas, null, "Technisch lezen", null, false);
        login("bram");
        UI.getCurrent().navigate(TrendgesprekView.class, TrendgesprekView.parameters(id));
        TrendgesprekPart part = _get(TrendgesprekView.class).gesprek;
        part.conclusiePart.tekst.setValue("Mijn conclusie");

        Inloggen.als(inlog, "ingrid");
        gesprekken.conclusieOpslaan(id, "De conclusie van de directeur", gesprekken.pagina(id).conclusie().version(), false);
        Inloggen.als(inlog, "bram");
        part.vernieuw();
        assertThat(part.conclusiePart.tekst.getValue()).as("the typed text stays").isEqualTo("Mijn conclusie");
        assertThat(part.conclusiePart.anders.isVisible()).isTrue();
        assertThat(part.conclusiePart.anders.getElement().getTextRecursively()).contains("De conclusie van de directeur");
        _click(part.conclusiePart.opslaan);
        assertThat(gesprekken.pagina(id).conclusie().tekst()).as("refused: the other's text is not overwritten unseen")
                .isEqualTo("De conclusie van de directeur");
        assertThat(part.conclusiePart.tekst.getValue()).isEqualTo("Mijn conclusie");
        _click(part.conclusiePart.tochMijn);
        assertThat(gesprekken.pagina(id).conclusie().tekst()).isEqualTo("Mijn conclusie");
        assertThat(part.conclusiePart.anders.isVisible()).isFalse();
    }

    @Test
    void a_member_puts_a_running_trend_discussion_on_the_agenda_and_it_runs_inside_the_meeting() {
        Inloggen.als(inlog, "bram");
        UUID kompas = trends.scholen().getFirst().schoolId();
        UUID gesprek = gesprekken.starten(kompas, null, "Begrijpend lezen groep 4", null, false);
        Inloggen.als(inlog, "emma");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        UUID emma = CurrentUser.require().gebruikerId();
        UUID bijeenkomst = bijeenkomsten.plannen(team, new BijeenkomstFormulier("Leerteam", LocalDate.now().plusDays(3),
                LocalTime.of(15, 0), LocalTime.of(16, 0), "Teamkamer", null, emma, emma, null), false);

        login("emma");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(bijeenkomst));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(_get(view, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("agendapunt-nieuw")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<AgendapuntSoort> soort = _get(view, com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("agendapunt-soort"));
        soort.setValue(AgendapuntSoort.TRENDGESPREK);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<java.util.Map.Entry<UUID, String>> keuze = _get(view,
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("agendapunt-trendgesprek"));
        assertThat(keuze.getListDataView().getItems().map(java.util.Map.Entry::getValue))
                .as("only running discussions").contains("Begrijpend lezen groep 4")
                .doesNotContain("Begrijpend lezen in de bovenbouw na de E-toetsen");
        keuze.setValue(keuze.getListDataView().getItems().filter(e -> e.getKey().equals(gesprek)).findFirst().orElseThrow());
        _click(_get(view, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("agendapunt-toevoegen")));

        assertThat(bijeenkomsten.bijeenkomst(bijeenkomst).agenda()).singleElement().satisfies(p -> {
            assertThat(p.soort()).isEqualTo(AgendapuntSoort.TRENDGESPREK);
            assertThat(p.titel()).isEqualTo("Begrijpend lezen groep 4");
        });
        TrendgesprekPart inVergadering = _get(view, TrendgesprekPart.class);
        assertThat(inVergadering.getId()).hasValue("trendgesprek-" + gesprek);
        inVergadering.waarnemingenPart.tekst.setValue("Groep 4 groeit van M naar E.");
        _click(inVergadering.waarnemingenPart.toevoegen);
        Inloggen.als(inlog, "bram");
        assertThat(gesprekken.pagina(gesprek).waarnemingen().lijst()).singleElement()
                .satisfies(w -> assertThat(w.auteurNaam()).isEqualTo("Emma Kok"));
        // the meeting window is Emma's: she leaves it herself
        Inloggen.als(inlog, "emma");
    }
}
