package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewTest extends KaribuTest {

    @Test
    void a_teacher_sees_their_leerteam_with_colleagues_and_their_school() {
        login("sanne");
        UI.getCurrent().navigate(DashboardView.class);

        assertThat(_get(H2.class, spec -> spec.withId("welkom")).getText()).isEqualTo("Goedendag, Sanne");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Overzicht – Leerteam");
        assertThat(_get(Span.class, spec -> spec.withClasses("lt-page-title")).getText()).isEqualTo("Overzicht");
        Div mijnLeerteams = _get(Div.class, spec -> spec.withId("mijn-leerteams"));
        assertThat(_find(mijnLeerteams, H3.class).stream().map(H3::getText).toList()).containsExactly("Onderbouw");
        Div scholen = _get(Div.class, spec -> spec.withId("mijn-scholen"));
        assertThat(_find(scholen, H3.class).stream().map(H3::getText).toList()).containsExactly("OBS De Regenboog");
        _assertNone(Div.class, spec -> spec.withId("andere-leerteams"));
    }

    @Test
    void a_kc_of_two_schools_sees_both_schools_and_their_leerteams() {
        login("fatima");
        UI.getCurrent().navigate(DashboardView.class);

        Div scholen = _get(Div.class, spec -> spec.withId("mijn-scholen"));
        assertThat(_find(scholen, H3.class).stream().map(H3::getText).toList())
                .containsExactly("CBS De Wegwijzer", "OBS De Regenboog");
        Div andere = _get(Div.class, spec -> spec.withId("andere-leerteams"));
        assertThat(_find(andere, H3.class)).hasSizeGreaterThanOrEqualTo(6);
        assertThat(_find(andere, Span.class)).extracting(Span::getText)
                .contains("CBS De Wegwijzer", "OBS De Regenboog").doesNotContain("Kindcentrum Het Kompas");
    }

    @Test
    void the_menu_shows_administration_to_a_director_but_not_to_a_teacher() {
        login("sanne");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(menu()).containsExactly("Overzicht", "Mijn leerteams", "Trends", "Kwaliteitskalender", "Klassenbezoeken", "KC-platform");

        login("marieke");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(menu()).containsExactly("Overzicht", "Mijn leerteams", "Trends", "Kwaliteitskalender", "Schoolbeeld bezoeken", "KC-platform", "Beheer");
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
