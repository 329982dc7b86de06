package nl.leerteam.shared.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ListSignal;
import com.vaadin.flow.signals.local.ValueSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LijstenTest {

    record Vraag(int id, String tekst) {
    }

    private final ListSignal<Vraag> vragen = new ListSignal<>();
    private final UnorderedList lijst = new UnorderedList();
    private final AtomicInteger gemaakt = new AtomicInteger();

    @BeforeEach
    void lijstInEenScherm() {
        MockVaadin.setup();
        lijst.bindChildren(vragen, vraag -> {
            gemaakt.incrementAndGet();
            ListItem item = new ListItem();
            Signal.effect(item, () -> item.setText(vraag.get().tekst()));
            return item;
        });
        UI.getCurrent().add(lijst);
    }

    @AfterEach
    void opruimen() {
        MockVaadin.tearDown();
    }

    private List<Component> kinderen() {
        return lijst.getChildren().toList();
    }

    private List<String> teksten() {
        return kinderen().stream().map(c -> c.getElement().getText()).toList();
    }

    @Test
    void a_new_item_is_one_new_component_and_the_unchanged_ones_stay_as_they_are() {
        Lijsten.zet(vragen, List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?")), Vraag::id);
        List<Component> eerst = kinderen();
        assertThat(gemaakt).hasValue(2);

        Lijsten.zet(vragen, List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?"), new Vraag(3, "Wie helpt?")),
                Vraag::id);

        assertThat(teksten()).containsExactly("Wat zie je?", "Wanneer lukt het?", "Wie helpt?");
        assertThat(gemaakt).as("only the new question got a component").hasValue(3);
        assertThat(kinderen().subList(0, 2)).containsExactlyElementsOf(eerst);
    }

    @Test
    void a_changed_item_keeps_its_component_and_shows_the_change() {
        Lijsten.zet(vragen, List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?")), Vraag::id);
        Component tweede = kinderen().get(1);

        Lijsten.zet(vragen, List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het wel?")), Vraag::id);

        assertThat(kinderen().get(1)).isSameAs(tweede);
        assertThat(teksten()).containsExactly("Wat zie je?", "Wanneer lukt het wel?");
        assertThat(gemaakt).hasValue(2);
    }

    @Test
    void items_that_are_gone_leave_and_a_new_order_is_followed() {
        Lijsten.zet(vragen, List.of(new Vraag(1, "een"), new Vraag(2, "twee"), new Vraag(3, "drie")), Vraag::id);
        Component drie = kinderen().get(2);

        Lijsten.zet(vragen, List.of(new Vraag(3, "drie"), new Vraag(1, "een")), Vraag::id);

        assertThat(teksten()).containsExactly("drie", "een");
        assertThat(kinderen().getFirst()).isSameAs(drie);
        Lijsten.zet(vragen, List.of(), Vraag::id);
        assertThat(kinderen()).isEmpty();
    }

    @Test
    void the_signal_of_an_unchanged_item_does_not_fire() {
        Lijsten.zet(vragen, List.of(new Vraag(1, "een")), Vraag::id);
        ValueSignal<Vraag> signaal = vragen.peek().getFirst();
        AtomicInteger keren = new AtomicInteger();
        Signal.effect(lijst, () -> {
            signaal.get();
            keren.incrementAndGet();
        });
        int na = keren.get();

        Lijsten.zet(vragen, List.of(new Vraag(1, "een")), Vraag::id);

        assertThat(vragen.peek().getFirst()).isSameAs(signaal);
        assertThat(keren).as("an equal record is no change").hasValue(na);
    }
}
