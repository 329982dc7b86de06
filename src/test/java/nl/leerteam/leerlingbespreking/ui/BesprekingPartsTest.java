package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Vraag;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.Factor;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each part of a discussion on its own: it shows its record, and a new record changes only what
 * differs (the components of unchanged contributions stay, and so does what someone is typing).
 */
class BesprekingPartsTest extends KaribuTest {

    @Autowired
    BesprekingService service;

    private final UUID bespreking = UUID.randomUUID();

    private BesprekingActies acties() {
        return new BesprekingActies(service, () -> null, () -> {
        });
    }

    private static <C extends Component> C opScherm(C part) {
        UI.getCurrent().add(part);
        return part;
    }

    private static Vraag vraag(String tekst, String antwoord) {
        return new Vraag(UUID.nameUUIDFromBytes(tekst.getBytes()), tekst, "Joris Bakker", antwoord, 0);
    }

    private static List<String> teksten(UnorderedList lijst) {
        return lijst.getChildren().map(c -> c.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    @Test
    void the_round_bar_marks_the_current_round_and_shows_the_leaders_buttons_only_to_the_leader() {
        ValueSignal<BesprekingPagina.RondeBalk> balk = new ValueSignal<>(
                new BesprekingPagina.RondeBalk(null, null, null, "", false, true, false, 0));
        RondeBalkPart part = opScherm(new RondeBalkPart(balk, acties()));
        assertThat(part.starten.isVisible()).isTrue();
        assertThat(part.starten.getText()).isEqualTo("Bespreking starten");
        assertThat(part.rondes.isVisible()).as("no rounds before the first discussion").isFalse();

        balk.set(new BesprekingPagina.RondeBalk(bespreking, Ronde.VRAGEN, Instant.now().plus(Duration.ofMinutes(10)),
                "Sanne de Vries", true, false, true, 3));
        assertThat(part.rondes.isVisible()).isTrue();
        List<Component> rondes = part.rondes.getChildren().toList();
        assertThat(rondes.get(Ronde.VRAGEN.ordinal()).getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(rondes.get(Ronde.INBRENG.ordinal()).getElement().getClassList()).contains("lt-geweest");
        assertThat(part.volgende.isVisible()).isTrue();
        assertThat(part.klok.getResterend()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(part.voorzitter.getText()).isEqualTo("Voorzitter: Sanne de Vries");

        balk.set(new BesprekingPagina.RondeBalk(bespreking, Ronde.VRAGEN, Instant.now().plus(Duration.ofMinutes(10)),
                "Sanne de Vries", true, false, false, 3));
        assertThat(List.of(part.vorige, part.volgende, part.verlengen, part.afronden)).noneMatch(Component::isVisible);
        assertThat(part.starten.isVisible()).isFalse();
    }

    @Test
    void the_first_round_shows_the_case_as_it_was_brought_in() {
        CasusFormulier casus = new CasusFormulier("Leerling A", 5, "Hoe help ik hem starten?", "Hij wacht af.", null, null, null,
                false, null, null, null, Set.of(), 1L);
        ValueSignal<BesprekingPagina.Inbreng> inbreng = new ValueSignal<>(new BesprekingPagina.Inbreng(casus, true));
        InbrengPart part = opScherm(new InbrengPart(inbreng));
        assertThat(part.getElement().getTextRecursively()).contains("Hoe help ik hem starten?", "Hij wacht af.");
        assertThat(part.getElement().getClassList()).contains("lt-huidig");

        inbreng.set(new BesprekingPagina.Inbreng(casus, false));
        assertThat(part.getElement().getClassList()).doesNotContain("lt-huidig");
    }

    @Test
    void a_new_question_is_one_new_item_and_the_owner_keeps_what_she_is_typing_as_an_answer() {
        Vraag eerste = vraag("Wanneer begon het?", null);
        ValueSignal<BesprekingPagina.Vragen> vragen = new ValueSignal<>(
                new BesprekingPagina.Vragen(List.of(eerste), true, true, true));
        VragenPart part = opScherm(new VragenPart(vragen, acties()));
        assertThat(teksten(part.lijst)).containsExactly("Wanneer begon het?");
        assertThat(part.vraag.isVisible()).isTrue();
        Component eersteItem = part.lijst.getComponentAt(0);
        TextField antwoord = _find(TextField.class, spec -> spec.withPlaceholder("Antwoord")).getFirst();
        antwoord.setValue("Na de herfst");

        vragen.set(new BesprekingPagina.Vragen(List.of(eerste, vraag("Hoe is het in de gym?", null)), true, true, true));

        assertThat(teksten(part.lijst)).containsExactly("Wanneer begon het?", "Hoe is het in de gym?");
        assertThat(part.lijst.getComponentAt(0)).as("the unchanged question keeps its item").isSameAs(eersteItem);
        assertThat(antwoord.getValue()).as("what the owner typed stays").isEqualTo("Na de herfst");

        vragen.set(new BesprekingPagina.Vragen(List.of(vraag("Wanneer begon het?", "Na de herfstvakantie."),
                vraag("Hoe is het in de gym?", null)), false, false, false));
        assertThat(part.lijst.getComponentAt(0)).isSameAs(eersteItem);
        assertThat(eersteItem.getElement().getTextRecursively()).contains("Na de herfstvakantie.");
        assertThat(part.vraag.getParent().orElseThrow().isVisible()).as("no asking once the round is over").isFalse();
        assertThat(antwoord.isVisible() && antwoord.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void the_analysis_puts_each_factor_in_its_own_box() {
        ValueSignal<BesprekingPagina.Analyse> analyse = new ValueSignal<>(new BesprekingPagina.Analyse(List.of(
                new BesprekingPagina.FactorRegel(UUID.randomUUID(), Factor.KIND_STIMULEREND, "Wil graag helpen", "Joris Bakker"),
                new BesprekingPagina.FactorRegel(UUID.randomUUID(), Factor.OMGEVING_BELEMMEREND, "Drukke groep", "Ayse Yilmaz")),
                true, true));
        AnalysePart part = opScherm(new AnalysePart(analyse, acties()));
        UnorderedList kind = _find(UnorderedList.class, spec -> spec.withId("factoren-kind_stimulerend")).getFirst();
        UnorderedList omgeving = _find(UnorderedList.class, spec -> spec.withId("factoren-omgeving_belemmerend")).getFirst();
        assertThat(teksten(kind)).containsExactly("Wil graag helpen");
        assertThat(teksten(omgeving)).containsExactly("Drukke groep");
        assertThat(part.factor.isVisible()).isTrue();

        analyse.set(new BesprekingPagina.Analyse(analyse.peek().factoren(), false, false));
        assertThat(part.factor.getParent().orElseThrow().isVisible()).isFalse();
    }

    @Test
    void an_idea_shows_when_it_was_chosen_and_the_owner_can_choose_the_others() {
        UUID stappenkaart = UUID.randomUUID();
        ValueSignal<BesprekingPagina.Ideeen> ideeen = new ValueSignal<>(new BesprekingPagina.Ideeen(List.of(
                new BesprekingPagina.Idee(stappenkaart, "Een stappenkaart", "Joris Bakker", false)), false, false, true));
        UUID[] gekozen = new UUID[1];
        IdeeenPart part = opScherm(new IdeeenPart(ideeen, acties(), (ideeId, tekst) -> gekozen[0] = ideeId));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(
                _find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Kiezen")).getFirst());
        assertThat(gekozen[0]).isEqualTo(stappenkaart);

        ideeen.set(new BesprekingPagina.Ideeen(List.of(new BesprekingPagina.Idee(stappenkaart, "Een stappenkaart", "Joris Bakker",
                true)), false, false, true));
        assertThat(_find(Span.class, spec -> spec.withText("Gekozen"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Kiezen")))
                .allMatch(knop -> !knop.isVisible());
        assertThat(part.idee.getParent().orElseThrow().isVisible()).as("no new ideas after their round").isFalse();
    }

    @Test
    void the_agreements_show_their_evaluation_date_and_only_the_owner_choosing_gets_the_button() {
        ValueSignal<BesprekingPagina.Afspraken> afspraken = new ValueSignal<>(new BesprekingPagina.Afspraken(List.of(), true, false));
        AfsprakenPart part = opScherm(new AfsprakenPart(afspraken, (ideeId, tekst) -> {
        }));
        assertThat(part.getElement().getTextRecursively()).contains("Nog geen afspraken.");
        assertThat(part.eigenAfspraak.isVisible()).isFalse();

        afspraken.set(new BesprekingPagina.Afspraken(List.of(new BesprekingPagina.AfspraakRegel(UUID.randomUUID(),
                "Elke dag tafels flitsen", LocalDate.now().plusWeeks(4), null, null, false, 0)), true, true));
        assertThat(teksten(_find(UnorderedList.class, spec -> spec.withId("afspraken")).getFirst()))
                .containsExactly("Elke dag tafels flitsen");
        assertThat(part.eigenAfspraak.isVisible()).isTrue();
    }

    @Test
    void the_close_tells_the_facilitator_and_the_others_what_happens_now() {
        ValueSignal<BesprekingPagina.Afsluiting> afsluiting = new ValueSignal<>(new BesprekingPagina.Afsluiting(true));
        AfsluitingPart part = opScherm(new AfsluitingPart(afsluiting));
        assertThat(part.getElement().getTextRecursively()).contains("Sluit af met een korte terugblik");
        afsluiting.set(new BesprekingPagina.Afsluiting(false));
        assertThat(part.getElement().getTextRecursively()).contains("Terugblik: wat neemt de inbrenger mee");
    }

    @Test
    void an_equal_record_changes_nothing_in_the_page() {
        Vraag eerste = vraag("Wanneer begon het?", null);
        ValueSignal<BesprekingPagina.Vragen> vragen = new ValueSignal<>(
                new BesprekingPagina.Vragen(List.of(eerste), true, true, false));
        VragenPart part = opScherm(new VragenPart(vragen, acties()));
        ListItem item = (ListItem) part.lijst.getComponentAt(0);
        item.getElement().setAttribute("data-getest", "ja");

        vragen.set(new BesprekingPagina.Vragen(List.of(vraag("Wanneer begon het?", null)), true, true, false));

        assertThat(part.lijst.getComponentAt(0)).isSameAs(item);
        assertThat(item.getElement().getAttribute("data-getest")).isEqualTo("ja");
    }
}
