package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BijhoudenTest {

    record Vraag(int id, String tekst) {
    }

    private final UnorderedList lijst = new UnorderedList();
    private final Bijhouden<Vraag, Boolean> vragen = new Bijhouden<>(lijst, Vraag::id,
            (v, antwoorden) -> new ListItem(v.tekst() + (antwoorden ? " (beantwoorden)" : "")));

    private List<Component> kinderen() {
        return lijst.getChildren().toList();
    }

    private List<String> teksten() {
        return kinderen().stream().map(c -> c.getElement().getText()).toList();
    }

    @Test
    void a_new_item_is_added_and_the_unchanged_ones_stay_the_same_components() {
        vragen.toon(List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?")), false);
        List<Component> eerst = kinderen();

        vragen.toon(List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?"), new Vraag(3, "Wie helpt?")), false);

        assertThat(teksten()).containsExactly("Wat zie je?", "Wanneer lukt het?", "Wie helpt?");
        assertThat(kinderen().get(0)).isSameAs(eerst.get(0));
        assertThat(kinderen().get(1)).isSameAs(eerst.get(1));
    }

    @Test
    void a_changed_item_is_rebuilt_in_its_place_and_a_removed_one_goes() {
        vragen.toon(List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?"), new Vraag(3, "Wie helpt?")), false);
        List<Component> eerst = kinderen();

        vragen.toon(List.of(new Vraag(1, "Wat zie je precies?"), new Vraag(3, "Wie helpt?")), false);

        assertThat(teksten()).containsExactly("Wat zie je precies?", "Wie helpt?");
        assertThat(kinderen().get(0)).isNotSameAs(eerst.get(0));
        assertThat(kinderen().get(1)).isSameAs(eerst.get(2));
    }

    @Test
    void other_circumstances_rebuild_every_item_and_a_new_order_is_followed() {
        vragen.toon(List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?")), false);
        List<Component> eerst = kinderen();

        vragen.toon(List.of(new Vraag(1, "Wat zie je?"), new Vraag(2, "Wanneer lukt het?")), true);
        assertThat(teksten()).containsExactly("Wat zie je? (beantwoorden)", "Wanneer lukt het? (beantwoorden)");
        assertThat(kinderen()).doesNotContainAnyElementsOf(eerst);

        List<Component> tweede = kinderen();
        vragen.toon(List.of(new Vraag(2, "Wanneer lukt het?"), new Vraag(1, "Wat zie je?")), true);
        assertThat(kinderen()).containsExactly(tweede.get(1), tweede.get(0));
    }
}
