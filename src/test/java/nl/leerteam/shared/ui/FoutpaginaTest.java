package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Nobody sees the framework's pages: a refused page gets Leerteam's, in the person's language (an unknown address: DevLoginBrowserTest). */
class FoutpaginaTest extends KaribuTest {

    @Test
    void a_page_the_person_may_not_open_gets_the_same_words_in_their_language_never_could_not_navigate() {
        login("ingrid");
        UI.getCurrent().navigate("beheer/besturen");
        RouteGeweigerdFout pagina = _get(RouteGeweigerdFout.class);
        assertThat(pagina.getElement().getTextRecursively()).contains("Niet gevonden").doesNotContain("Could not navigate", "Access");
        UI.getCurrent().setLocale(Locale.UK);
        UI.getCurrent().navigate("bestuur/trends");
        assertThat(_get(RouteGeweigerdFout.class).getElement().getTextRecursively()).contains("Not found", "does not exist");
    }
}
