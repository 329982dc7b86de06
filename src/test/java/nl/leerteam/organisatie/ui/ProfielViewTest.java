package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.UnorderedList;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ProfielViewTest extends KaribuTest {

    @Test
    void the_profile_shows_a_kcs_roles_at_both_schools_from_the_user_menu() {
        login("fatima");
        UI.getCurrent().navigate("profiel");
        ProfielView view = _get(ProfielView.class);
        UnorderedList rollen = _get(view, UnorderedList.class, spec -> spec.withId("profiel-rollen"));
        assertThat(rollen.getElement().getTextRecursively())
                .contains("OBS De Regenboog: Kwaliteitscoördinator").contains("CBS De Wegwijzer: Kwaliteitscoördinator");
        assertThat(_get(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-json")).getText())
                .as("she downloads her own data from here").isEqualTo("Alles als JSON-bestand");
        assertThat(_get(view, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-pdf")).getHref()).isNotBlank();
    }
}
