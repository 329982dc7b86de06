package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.platform.Domein;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VragenViewTest extends KaribuTest {

    @Test
    void a_kc_asks_with_similar_cards_in_view_another_answers_and_the_asker_marks_the_answer_that_helped() {
        login("fatima");
        UI.getCurrent().navigate(VragenView.class);
        _click(_get(VragenView.class).stellen);
        VragenView.VraagDialog dialoog = _get(VragenView.VraagDialog.class);
        dialoog.titel.setValue("Hoe gebruiken jullie wisbordjes bij de instructie?");
        assertThat(dialoog.gelijkend.getElement().getTextRecursively()).contains("Praktijkkaart: Korte instructie met wisbordjes");
        dialoog.domein.setValue(Domein.LEERCOORDINATOR);
        _click(dialoog.opslaan);
        VraagView vraag = _get(VraagView.class);
        assertThat(vraag.titel.getText()).isEqualTo("Hoe gebruiken jullie wisbordjes bij de instructie?");
        assertThat(vraag.volgen.getValue()).isTrue();
        String pad = UI.getCurrent().getInternals().getActiveViewLocation().getPath();

        login("bram");
        UI.getCurrent().navigate(pad);
        VraagView antwoorder = _get(VraagView.class);
        antwoorder.antwoord.setValue("Bij ons na elke instructiestap, kort.");
        _click(antwoorder.beantwoorden);
        assertThat(antwoorder.antwoorden.getElement().getTextRecursively()).contains("Bij ons na elke instructiestap").contains("Bram van Dijk");

        login("fatima");
        UI.getCurrent().navigate(pad);
        VraagView vrager = _get(VraagView.class);
        _click(_find(vrager.antwoorden, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("antwoord-hielp")).getFirst());
        assertThat(vrager.antwoorden.getElement().getTextRecursively()).startsWith("Dit hielp");

        login("emma");
        geweigerd(() -> UI.getCurrent().navigate(VragenView.class));
    }
}
