package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.Inloggen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The new privacy screens without a mouse: a KC puts a word on her school's list and takes it off with the keyboard
 * only; board staff open the question before erasing an account and leave it with Escape, nothing erased; a teacher
 * searches from the top bar's field.
 */
class TastatuurBrowserTest extends ChromiumTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    CasusService casussen;

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
        woord.focus();
        page.keyboard().type("Rekenmuur");
        page.keyboard().press("Enter");
        assertThat(page.locator("#woorden")).containsText("Rekenmuur");
        assertThat(woord).hasValue("");
        // focus stays in the field for the next word
        assertThat(woord).isFocused();

        Locator weg = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rekenmuur van de lijst halen"));
        // in the grid, Enter on a cell gives its button the focus (the grid's interaction mode); Space presses it
        weg.focus();
        assertThat(weg).isFocused();
        page.keyboard().press("Space");
        assertThat(page.getByText("Rekenmuur is van de lijst gehaald.")).isVisible();
        assertThat(page.getByText("Nog geen woorden")).isVisible();
    }

    @Test
    void a_teacher_searches_from_the_top_bar_with_the_keyboard() {
        String kenmerk = "zoek" + java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> String.valueOf((char) ('a' + new java.util.Random().nextInt(26)))).collect(java.util.stream.Collectors.joining());
        Inloggen.als(inlog, "sanne");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().getFirst().id();
        casussen.inbrengen(team, new CasusFormulier(null, 4, "Hoe help ik haar bij " + kenmerk + "?", null, null, null, null,
                false, null, null, null, java.util.Set.of(), null), false);
        Inloggen.uit();

        Page page = nieuweContext(contexten).newPage();
        inloggen(page, "sanne");
        Locator veld = page.locator("#zoekveld input");
        veld.focus();
        page.keyboard().type(kenmerk);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/zoeken\\?q=" + kenmerk + "$"));
        assertThat(page.locator("#zoek-samenvatting")).hasText("1 resultaat voor '" + kenmerk + "'.");
        assertThat(page.locator("#zoekresultaten mark")).hasText(kenmerk);
        // a second search from the results page replaces the first
        veld.fill("");
        veld.focus();
        page.keyboard().type("de het een");
        page.keyboard().press("Enter");
        assertThat(page.locator("#zoek-samenvatting")).containsText("te algemeen");
        assertThat(page.locator("#zoekresultaten mark")).hasCount(0);
    }

    @Test
    void a_parent_reads_the_privacy_statement_and_switches_language_with_the_keyboard() {
        Page page = nieuweContext(contexten).newPage();
        UUID school = jdbc.queryForObject("select id from school where naam = 'OBS De Regenboog'", UUID.class);
        page.navigate(url("/privacyverklaring/" + school));
        assertThat(page.locator("h1")).containsText("Privacyverklaring Leerteam van OBS De Regenboog");
        toegankelijk(page, "privacyverklaring nl");
        page.locator("#andere-taal").focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Leerteam privacy statement of OBS De Regenboog");
        assertThat(page.locator(".lt-verklaring")).hasAttribute("lang", "en");
        toegankelijk(page, "privacyverklaring en");
    }

    @Test
    void the_question_before_an_erasure_is_left_with_escape_and_nothing_is_erased() {
        Page page = nieuweContext(contexten).newPage();
        inloggen(page, "annelies");
        page.navigate(url("/beheer/school/" + jdbc.queryForObject("select id from school where naam = 'OBS De Regenboog'",
                UUID.class)));
        Locator wissen = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Account van Daan Smit wissen?"));
        wissen.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByText("Dit kan niet ongedaan worden gemaakt").first()).isVisible();
        // Escape from inside the question, where the focus is once the dialog has taken it (on a slow machine that
        // takes a moment; a key pressed before it lands on the page behind)
        Locator annuleren = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuleren"));
        annuleren.focus();
        assertThat(annuleren).isFocused();
        page.keyboard().press("Escape");
        assertThat(page.getByText("Dit kan niet ongedaan worden gemaakt")).hasCount(0);
        assertThat(page.locator("#mensen")).containsText("Daan Smit");
    }
}
