package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.Inloggen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Three people in one meeting, each in their own browser: the facilitator, the case owner and a
 * colleague. What one adds or changes reaches the others without a reload.
 */
class BijeenkomstBrowserTest extends ChromiumTest {

    /** Live updates arrive within a second; the margin is for a busy 2-core CI machine. */
    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;

    private UUID bijeenkomstMetCasus() {
        return LopendeBijeenkomst.metCasusInVragenronde(context);
    }

    private Page deelnemer(List<BrowserContext> contexten, String persoon, UUID bijeenkomstId) {
        Page page = nieuweContext(contexten).newPage();
        inloggen(page, persoon);
        page.navigate(url("/bijeenkomsten/" + bijeenkomstId));
        page.locator("#vragen, .lt-bespreking").first().waitFor();
        return page;
    }

    @Test
    void a_question_and_a_round_change_reach_the_others_in_the_meeting_without_a_reload() {
        UUID id = bijeenkomstMetCasus();
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            Page voorzitter = deelnemer(contexten, "joris", id);
            Page eigenaar = deelnemer(contexten, "sanne", id);
            Page collega = deelnemer(contexten, "ayse", id);
            for (Page page : List.of(voorzitter, eigenaar, collega)) {
                assertThat(page.locator(".lt-rondes li[aria-current=step]")).hasText("Verhelderende vragen");
                assertThat(page.locator("#aanwezig")).hasAttribute("aria-label", "Nu in de bijeenkomst: 3 mensen",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(5_000));
            }
            assertThat(voorzitter.locator("#ronde-volgende")).isVisible();
            assertThat(collega.locator("#ronde-volgende")).isHidden();

            String vraag = "Welke boeken kiest hij in de bibliotheek?";
            collega.locator("#vraag-tekst input").fill(vraag);
            collega.locator("#vraag-stellen").click();
            assertThat(voorzitter.locator("#vragen")).containsText(vraag, LIVE);
            assertThat(eigenaar.locator("#vragen")).containsText(vraag, LIVE);
            eigenaar.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("bespreking-vragen.png")));

            voorzitter.locator("#ronde-volgende").click();
            for (Page page : List.of(eigenaar, collega)) {
                assertThat(page.locator(".lt-rondes li[aria-current=step]")).containsText("Analyse", LIVE);
                assertThat(page.locator("#factor-tekst")).isVisible();
            }
            assertThat(collega.locator("#vragen")).containsText(vraag);
            collega.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("bespreking-analyse.png")));
        } finally {
            contexten.forEach(BrowserContext::close);
        }
    }

    /**
     * The note taker writes with the keyboard only, in English, in two windows at once: the notes open
     * with Enter and take the focus, a save reaches the other window live, saving twice works, and
     * text typed in the other window stays when the first saves again meanwhile.
     */
    @Test
    void notes_are_written_with_the_keyboard_in_two_windows_and_typed_text_stays() {
        UUID id = bijeenkomstMetCasus();
        Inloggen.als(inlog, "joris");
        organisatie.save(java.util.Locale.ENGLISH);
        Inloggen.uit();
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            Page eerste = deelnemer(contexten, "joris", id);
            Page tweede = deelnemer(contexten, "joris", id);

            eerste.locator("#notities-schrijven").focus();
            assertThat(eerste.locator("#notities-schrijven")).hasText("Write notes");
            eerste.keyboard().press("Enter");
            assertThat(eerste.locator("#notities textarea")).isFocused();
            eerste.keyboard().type("We share the reading plan next week.");
            eerste.keyboard().press("Tab");
            assertThat(eerste.locator("#notities-opslaan")).isFocused();
            eerste.keyboard().press("Enter");
            assertThat(tweede.locator("#notities-tekst")).containsText("We share the reading plan next week.", LIVE);

            tweede.locator("#notities-schrijven").focus();
            tweede.keyboard().press("Enter");
            assertThat(tweede.locator("#notities textarea")).hasValue("We share the reading plan next week.");
            tweede.keyboard().press("End");
            tweede.keyboard().type(" And the library visit.");
            // She pauses; the field sends what she typed after a pause, without her leaving it.
            tweede.waitForTimeout(1_000);

            eerste.locator("#notities textarea").focus();
            eerste.keyboard().press("End");
            eerste.keyboard().type(" Second save.");
            eerste.keyboard().press("Tab");
            eerste.keyboard().press("Enter");
            assertThat(tweede.locator(".lt-te-evalueren"))
                    .containsText("Someone else changed these notes in the meantime", LIVE);
            assertThat(tweede.locator("#notities textarea"))
                    .hasValue("We share the reading plan next week. And the library visit.");
        } finally {
            contexten.forEach(BrowserContext::close);
            Inloggen.als(inlog, "joris");
            organisatie.save(java.util.Locale.forLanguageTag("nl"));
            Inloggen.uit();
        }
    }

    @Test
    void notes_typed_when_the_session_ends_come_back_after_logging_in_again_and_go_once_saved() {
        UUID id = bijeenkomstMetCasus();
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            BrowserContext context = nieuweContext(contexten);
            Page page = context.newPage();
            inloggen(page, "joris");
            page.navigate(url("/bijeenkomsten/" + id));
            page.locator("#notities-schrijven").click();
            page.locator("#notities textarea").fill("");
            page.locator("#notities textarea").pressSequentially("Wat we afspraken over het leesplan.");
            page.waitForFunction("() => Object.keys(sessionStorage).some(k => k.startsWith('leerteam.concept.')"
                    + " && sessionStorage.getItem(k).includes('leesplan'))");

            // The session ends (an idle timeout, a restart): the next request finds none and asks for a login.
            context.clearCookies();
            page.reload();
            page.waitForURL("**/login");
            page.locator("#dev-login-joris").click();
            // back where he was going (Spring remembers the meeting's address), or on his start page
            page.locator("#welkom, #notities-schrijven").first().waitFor();
            page.navigate(url("/bijeenkomsten/" + id));
            page.locator("#notities-schrijven").click();
            assertThat(page.locator("#notities textarea")).hasValue("Wat we afspraken over het leesplan.");
            assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Je tekst van daarnet staat er weer"))).isVisible();

            page.locator("#notities-opslaan").click();
            assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("De notities zijn opgeslagen."))).isVisible();
            page.waitForFunction("() => !Object.keys(sessionStorage).some(k => k.startsWith('leerteam.concept.'))");
        } finally {
            contexten.forEach(BrowserContext::close);
        }
    }
}
