package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.leerteam.platform.Domein;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformViewTest extends KaribuTest {

    private static List<String> items(UnorderedList lijst) {
        return lijst.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    @Test
    void a_kc_writes_and_submits_a_card_a_kc_of_another_school_approves_it_and_a_teacher_of_the_board_reads_it() {
        login("annelies");
        UI.getCurrent().navigate(PlatformView.class);
        PlatformView beheer = _get(PlatformView.class);
        assertThat(beheer.nieuw.isVisible()).as("board staff keep themes, KCs write cards").isFalse();
        _click(beheer.themas);
        ThemasDialog themas = _get(ThemasDialog.class);
        themas.naam.setValue("Zelfstandig werken " + System.nanoTime());
        _click(themas.toevoegen);
        assertThat(items(themas.lijst)).anySatisfy(t -> assertThat(t).startsWith("Zelfstandig werken"));

        login("bram");
        UI.getCurrent().navigate(PlatformView.class);
        _click(_get(PlatformView.class).nieuw);
        KaartFormulier formulier = _get(KaartFormulier.class);
        formulier.titel.setValue("Het stoplicht bij zelfstandig werken");
        _click(formulier.opslaan);
        assertThat(formulier.domein.isInvalid()).as("the domain is required, said next to the field").isTrue();
        formulier.domein.setValue(Domein.LEERCOORDINATOR);
        formulier.wat.setValue("Een stoplicht op elke tafel: groen werken, oranje vraag, rood hulp.");
        _click(formulier.opslaan);
        KaartView kaart = _get(KaartView.class);
        assertThat(kaart.stand.getText()).isEqualTo("Concept");
        assertThat(kaart.indienen.isVisible()).isTrue();
        _click(kaart.indienen);
        assertThat(kaart.stand.getText()).isEqualTo("Ter review");
        assertThat(kaart.goedkeuren.isVisible()).as("not by its owner").isFalse();
        String pad = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        login("fatima");
        UI.getCurrent().navigate(pad);
        KaartView review = _get(KaartView.class);
        assertThat(review.goedkeuren.isVisible()).isTrue();
        _click(review.goedkeuren);
        assertThat(review.stand.getText()).isEqualTo("Gepubliceerd");
        assertThat(items(review.geschiedenis)).hasSize(3).last().satisfies(t -> assertThat(t).contains("goedgekeurd door Fatima El Amrani"));

        login("sanne");
        UI.getCurrent().navigate(PlatformView.class);
        assertThat(items(_get(UnorderedList.class, spec -> spec.withId("kaarten-gepubliceerd"))))
                .anySatisfy(t -> assertThat(t).contains("Het stoplicht bij zelfstandig werken").contains("Kindcentrum Het Kompas"));
        assertThat(_get(PlatformView.class).nieuw.isVisible()).as("teachers read").isFalse();
        UI.getCurrent().navigate(pad);
        KaartView lezer = _get(KaartView.class);
        _click(_get(lezer.feedback, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("feedback-ja")));
        _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("kaart-tekst-veld"))
                .setValue("Werkt ook in een combinatiegroep.");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("kaart-tekst-opslaan")));
        assertThat(lezer.feedback.getElement().getTextRecursively()).contains("Bruikbaar · Werkt ook in een combinatiegroep. (Sanne de Vries)");

        login("fatima");
        UI.getCurrent().navigate(pad);
        KaartView andereSchool = _get(KaartView.class);
        List<com.vaadin.flow.component.button.Button> adopteren = _find(andereSchool.adopties, com.vaadin.flow.component.button.Button.class,
                spec -> spec.withClasses("adoptie-doen"));
        assertThat(adopteren).hasSize(2);
        _click(adopteren.getFirst());
        assertThat(andereSchool.adopties.getElement().getTextRecursively()).contains("sinds");

        login("rik");
        geweigerd(() -> UI.getCurrent().navigate(PlatformView.class));
        assertThat(_find(KaartView.class)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.leerteam.trends.TrendgesprekService gesprekken;
    @org.springframework.beans.factory.annotation.Autowired
    nl.leerteam.trends.TrendService trends;

    @Test
    void a_kc_shares_an_intervention_of_a_trend_discussion_as_a_card_with_only_its_text_and_a_kc_of_another_school_cannot() {
        nl.leerteam.support.Inloggen.als(inlog, "bram");
        UUID kompas = trends.scholen().getFirst().schoolId();
        UUID gesprek = gesprekken.starten(kompas, null, "Spelling in groep 7", "Interne aanleiding die niet meegaat", false);
        gesprekken.interventieToevoegen(gesprek, new nl.leerteam.trends.InterventieInvoer("Dagelijks vijf minuten dictee met feedback",
                "Leerkrachten groep 7", java.time.LocalDate.now(), null, List.of()), false);
        UUID interventie = gesprekken.pagina(gesprek).interventies().lijst().getFirst().id();

        login("bram");
        UI.getCurrent().navigate("platform/nieuw/interventie/" + interventie);
        KaartFormulier formulier = _get(KaartFormulier.class);
        assertThat(formulier.titel.getValue()).isEqualTo("Spelling in groep 7");
        assertThat(formulier.wat.getValue()).isEqualTo("Dagelijks vijf minuten dictee met feedback");
        assertThat(formulier.aanleiding.getValue()).as("nothing else of the discussion travels").isEmpty();
        _click(formulier.opslaan);
        KaartView kaart = _get(KaartView.class);
        assertThat(kaart.stand.getText()).isEqualTo("Concept");
        assertThat(kaart.titel.getText()).isEqualTo("Spelling in groep 7");

        login("fatima");
        UI.getCurrent().navigate("platform/nieuw/interventie/" + interventie);
        assertThat(_find(nl.leerteam.shared.ui.GeenToegangFout.class)).as("another school's intervention is not hers to share").hasSize(1);
        assertThat(_find(KaartFormulier.class)).isEmpty();
    }
}
