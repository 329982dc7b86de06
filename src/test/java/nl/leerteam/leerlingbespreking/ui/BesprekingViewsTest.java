package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.EvaluatieResultaat;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.leerlingbespreking.Vervolgstap;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.ui.PrivacyDialog;
import nl.leerteam.shared.ui.GeenToegangFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class BesprekingViewsTest extends KaribuTest {

    @Autowired
    OrganisatieService organisatie;
    @Autowired
    CasusService casussen;
    @Autowired
    BesprekingService besprekingen;

    private UUID casusId;

    @BeforeEach
    void casus() {
        Inloggen.als(inlog, "pieter");
        UUID middenbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        casusId = casussen.inbrengen(middenbouw, new CasusFormulier(null, 5, "Hoe leert hij de tafels?", "Telt op zijn vingers.",
                null, "Doorzetter.", null, true, LocalDate.now().minusDays(2), "Thuis oefenen met een app.", null, Set.of(), null),
                false).id();
        Inloggen.uit();
    }

    private static List<String> teksten(String lijstId) {
        return _find(UnorderedList.class, spec -> spec.withId(lijstId)).stream()
                .flatMap(l -> l.getChildren()).map(c -> ((ListItem) c).getChildren().findFirst().orElseThrow().getElement().getText())
                .toList();
    }

    @Test
    void the_facilitator_moves_the_rounds_and_a_colleague_adds_a_question_in_the_round_for_questions() {
        login("pieter");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casusId));
        _click(_get(CasusView.class).bespreken);
        BesprekingView view = _get(BesprekingView.class);
        BesprekingPart bespreking = view.bespreking;
        assertThat(bespreking.rondeBalk.starten.isVisible()).isTrue();
        assertThat(bespreking.rondeBalk.volgende).as("made when she leads").isNull();
        _click(bespreking.rondeBalk.starten);
        assertThat(bespreking.pagina().balk().ronde()).isEqualTo(Ronde.INBRENG);
        assertThat(bespreking.rondeBalk.klok.getResterend()).isPositive();
        assertThat(bespreking.rondeTitels()).containsExactly("INBRENG");
        _click(bespreking.rondeBalk.volgende);
        assertThat(bespreking.rondeTitels()).containsExactly("INBRENG", "VRAGEN");
        assertThat(bespreking.vragenPart().vraag.isAttached()).isTrue();

        login("ayse");
        UI.getCurrent().navigate(BesprekingView.class, BesprekingView.parameters(casusId));
        BesprekingPart collega = _get(BesprekingView.class).bespreking;
        assertThat(collega.rondeBalk.volgende).as("only the facilitator moves the rounds").isNull();
        collega.vragenPart().vraag.setValue("Kent hij de tafel van 2 al?");
        _click(collega.vragenPart().vraagStellen);
        assertThat(collega.vragenPart().vraag.getValue()).isEmpty();
        assertThat(teksten("vragen")).containsExactly("Kent hij de tafel van 2 al?");

        collega.vragenPart().vraag.setValue("Zit Daan naast hem?");
        _click(collega.vragenPart().vraagStellen);
        _assertOne(PrivacyDialog.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Toch opslaan")));
        assertThat(teksten("vragen")).containsExactly("Kent hij de tafel van 2 al?", "Zit Daan naast hem?");

        collega.vragenPart().vraag.setValue("<img src=x onerror=alert(1)>");
        _click(collega.vragenPart().vraagStellen);
        assertThat(teksten("vragen")).contains("<img src=x onerror=alert(1)>");
        collega.vragenPart().vraag.setValue("on\u202Egekeerd");
        _click(collega.vragenPart().vraagStellen);
        assertThat(collega.vragenPart().vraag.isInvalid()).isTrue();
        assertThat(collega.vragenPart().vraag.getValue()).as("nothing typed is lost").isEqualTo("on\u202Egekeerd");

        login("pieter");
        UI.getCurrent().navigate(BesprekingView.class, BesprekingView.parameters(casusId));
        com.vaadin.flow.component.textfield.TextField antwoord = _find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withPlaceholder("Antwoord")).getFirst();
        antwoord.setValue("Tot en met de tafel van 5");
        antwoord.getParent().orElseThrow().getChildren().filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst()
                .ifPresent(knop -> _click(knop));
        assertThat(antwoord.getValue()).as("the field empties once the answer is sent").isEmpty();
        assertThat(antwoord.getPlaceholder()).isEqualTo("Ander antwoord geven");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Tot en met de tafel van 5")))
                .as("the answer stands under the question").hasSize(1);
        antwoord.setValue(" ");
        antwoord.getParent().orElseThrow().getChildren().filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast).findFirst()
                .ifPresent(knop -> _click(knop));
        assertThat(antwoord.isInvalid()).as("the reason stands next to the field").isTrue();
        assertThat(antwoord.getErrorMessage()).isNotBlank();
    }

    @Test
    void in_the_round_of_choices_the_owner_turns_an_idea_into_an_agreement_with_an_evaluation_date() {
        Inloggen.als(inlog, "pieter");
        BesprekingPagina.RondeBalk b = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(b.besprekingId(), Ronde.IDEEEN, b.version());
        Inloggen.uit();
        login("ayse");
        UI.getCurrent().navigate(BesprekingView.class, BesprekingView.parameters(casusId));
        BesprekingPart collega = _get(BesprekingView.class).bespreking;
        collega.ideeenPart().idee.setValue("Tafelkwartet spelen");
        _click(collega.ideeenPart().ideeToevoegen);
        assertThat(teksten("ideeen")).containsExactly("Tafelkwartet spelen");

        login("pieter");
        UI.getCurrent().navigate(BesprekingView.class, BesprekingView.parameters(casusId));
        BesprekingPart eigenaar = _get(BesprekingView.class).bespreking;
        _click(eigenaar.rondeBalk.volgende);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Kiezen")));
        AfspraakDialog dialoog = _get(AfspraakDialog.class);
        assertThat(dialoog.tekst.getValue()).isEqualTo("Tafelkwartet spelen");
        dialoog.evaluatiedatum.setValue(LocalDate.now().minusDays(1));
        _click(dialoog.opslaan);
        assertThat(dialoog.evaluatiedatum.isInvalid()).as("not in the past").isTrue();
        dialoog.tekst.setValue("Twee keer per week tafelkwartet met een maatje");
        dialoog.evaluatiedatum.setValue(LocalDate.now().plusWeeks(4));
        _click(dialoog.opslaan);
        assertThat(dialoog.isOpened()).isFalse();
        assertThat(teksten("afspraken")).containsExactly("Twee keer per week tafelkwartet met een maatje");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText("Gekozen"))).hasSize(1);
    }

    @Test
    void the_owner_evaluates_on_the_case_page_escalates_and_the_kc_records_the_next_step() {
        Inloggen.als(inlog, "pieter");
        BesprekingPagina.RondeBalk b = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(b.besprekingId(), Ronde.AFSPRAKEN, b.version());
        besprekingen.afspraakMaken(b.besprekingId(), null, "Elke dag vijf minuten tafels flitsen", LocalDate.now(), false);
        Inloggen.uit();

        login("pieter");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casusId));
        CasusView view = _get(CasusView.class);
        assertThat(view.escalatie.escaleren.isEnabled()).as("not before an evaluation").isFalse();
        assertThat(view.escalatie.nietMogelijk.getText()).contains("geëvalueerd");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Evalueren")));
        EvaluatieDialog evaluatie = _get(EvaluatieDialog.class);
        evaluatie.resultaat.setValue(EvaluatieResultaat.NIET_GENOEG);
        evaluatie.toelichting.setValue("Hij raakt gefrustreerd bij het flitsen.");
        _click(evaluatie.opslaan);
        assertThat(view.escalatie.escaleren.isEnabled()).isTrue();
        view.escalatie.vraag.setValue("Is hier meer aan de hand dan oefenen?");
        _click(view.escalatie.escaleren);
        assertThat(view.onderkop.getText()).contains("Bij de KC");

        login("fatima");
        UI.getCurrent().navigate(nl.leerteam.organisatie.ui.DashboardView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("escalaties-voor-mij")).getElement()
                .getTextRecursively()).contains("Is hier meer aan de hand dan oefenen?", "Pieter");
        login("bram");
        UI.getCurrent().navigate(nl.leerteam.organisatie.ui.DashboardView.class);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("escalaties-voor-mij")))
                .as("a KC of another school is not told").allSatisfy(sectie ->
                        assertThat(sectie.getElement().getTextRecursively()).doesNotContain("Is hier meer aan de hand dan oefenen?"));

        login("fatima");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casusId));
        EscalatiePart kc = _get(CasusView.class).escalatie;
        kc.bericht.setValue("Hoe gaat het met rekenen in andere situaties?");
        _click(kc.versturen);
        kc.vervolgstap.vervolgstap.setValue(Vervolgstap.KLASSENBEZOEK);
        _click(kc.vervolgstap.vastleggen);
        assertThat(kc.vervolgstap.datum.isInvalid()).as("a date is required").isTrue();
        kc.vervolgstap.datum.setValue(LocalDate.now().plusWeeks(2));
        _click(kc.vervolgstap.vastleggen);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("vervolgstap-besluit")).getText())
                .startsWith("Vervolgstap: Klassenbezoek").endsWith("Fatima El Amrani");
    }

    @Test
    void members_set_the_minutes_per_round_and_a_value_out_of_range_is_shown_at_its_field() {
        login("pieter");
        UUID middenbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw));
        _click(_get(CasussenView.class).rondeDuur);
        RondeDuurDialog dialoog = _get(RondeDuurDialog.class);
        dialoog.minuten.get(Ronde.IDEEEN).setValue(90);
        _click(dialoog.opslaan);
        assertThat(dialoog.minuten.get(Ronde.IDEEEN).isInvalid()).isTrue();
        assertThat(dialoog.isOpened()).isTrue();
        dialoog.minuten.get(Ronde.IDEEEN).setValue(15);
        _click(dialoog.opslaan);
        assertThat(dialoog.isOpened()).isFalse();
        assertThat(besprekingen.rondeMinuten(middenbouw)).containsEntry(Ronde.IDEEEN, 15);

        login("fatima");
        UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw));
        assertThat(_get(CasussenView.class).rondeDuur.isVisible()).as("a KC reads along, the team sets its rounds").isFalse();
    }

    @Test
    void a_teacher_of_another_leerteam_gets_the_not_found_page_and_a_director_not_even_the_route() {
        login("lotte");
        UI.getCurrent().navigate("casussen/" + casusId + "/bespreking");
        _assertOne(GeenToegangFout.class);
        login("marieke");
        geweigerd(() -> UI.getCurrent().navigate("casussen/" + casusId + "/bespreking"));
    }
}
