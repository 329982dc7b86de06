package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The new privacy screens without a mouse: a KC puts a word on her school's list and takes it off with the keyboard
 * only; board staff open the question before erasing an account and leave it with Escape, nothing erased.
 */
class TastatuurBrowserTest extends ChromiumTest {

    @Autowired
    JdbcTemplate jdbc;

    private final List<BrowserContext> contexten = new ArrayList<>();

    @AfterEach
    void sluit() {
        contexten.forEach(BrowserContext::close);
        jdbc.update("delete from school_woord where lower(woord) = 'rekenmuur'");
    }

    @Test
    void a_kc_keeps_her_schools_word_list_with_the_keyboard_only() {
        Page page = nieuweContext(contexten).newPage();
        inloggen(page, "fatima");
        page.navigate(url("/schoolwoorden"));
        Locator woord = page.locator("#woord input");
        // from the school choice, Tab reaches the word field
        page.locator("#school").focus();
        page.keyboard().press("Tab");
        assertThat(woord).isFocused();
        page.keyboard().type("Rekenmuur");
        page.keyboard().press("Enter");
        assertThat(page.locator("#woorden")).containsText("Rekenmuur");
        assertThat(woord).hasValue("");
        // focus stays in the field for the next word
        assertThat(woord).isFocused();

        Locator weg = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rekenmuur van de lijst halen"));
        weg.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-grid#woorden, #woorden")).not().containsText("Rekenmuur");
    }

    @Test
    void the_question_before_an_erasure_is_left_with_escape_and_nothing_is_erased() {
        Page page = nieuweContext(contexten).newPage();
        inloggen(page, "annelies");
        page.navigate(url("/beheer/school/" + jdbc.queryForObject("select id from school where naam = 'OBS De Regenboog'",
                java.util.UUID.class)));
        Locator wissen = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account van Daan Smit wissen?"));
        wissen.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Dit kan niet ongedaan worden gemaakt").first()).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.getByText("Dit kan niet ongedaan worden gemaakt")).hasCount(0);
        assertThat(page.locator("#mensen")).containsText("Daan Smit");
    }
}
