package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import nl.leerteam.organisatie.demo.DevLogin;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class TaalEnMenuTest extends KaribuTest {

    @Test
    void switching_to_english_changes_the_ui_and_is_remembered_for_the_next_login() {
        login("pieter");
        UI.getCurrent().navigate(DashboardView.class);
        clickItem("taal-en");

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        login("pieter");
        assertThat(inlog.aanmelden(DevLogin.ISSUER, "pieter").orElseThrow().taal()).isEqualTo("en");
        UI.getCurrent().navigate(DashboardView.class);

        clickItem("taal-nl");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
    }

    @Test
    void the_installation_administrator_sees_boards_but_no_leerteams() {
        login("rik");
        UI.getCurrent().navigate(DashboardView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Overzicht", "Besturen");
    }

    private static void clickItem(String id) {
        _clickItemWithID(_get(MenuBar.class, spec -> spec.withId("user-menu")), id);
    }
}
