package nl.leerteam.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import nl.leerteam.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Path;
import java.util.List;

/**
 * The running application on a random port with the system Chromium next to it, for the few tests
 * that need a real browser. All share one application context.
 */
// Vaadin's development tools float over the page and would take the clicks meant for it.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.copilot.enable=false"})
@ActiveProfiles("dev")
@ContextConfiguration(initializers = TestDatabase.class)
abstract class ChromiumTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void stopChromium() {
        browser.close();
        playwright.close();
    }

    /** A browser window of its own (cookies, session), closed with the others at the end of the test. */
    static BrowserContext nieuweContext(List<BrowserContext> contexten) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("nl-NL"));
        context.setDefaultTimeout(60_000);
        contexten.add(context);
        return context;
    }

    /** Logs a demo person in through the development login page and waits for their start page. */
    void inloggen(Page page, String persoon) {
        page.navigate(url("/login"));
        page.locator("#dev-login-" + persoon).click();
        page.locator("#welkom").waitFor();
    }

    /**
     * Runs axe-core (WCAG 2.1 A and AA rules) over the page as it is now and fails on any violation,
     * naming the rule and the elements, so a screen is accessible by test, not by assumption.
     */
    static void toegankelijk(Page page, String scherm) {
        AxeResults resultaat = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        org.assertj.core.api.Assertions.assertThat(resultaat.getPasses()).as(scherm + ": axe checked rules").isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(resultaat.getViolations())
                .as(scherm + ": " + resultaat.getViolations().stream().map(v -> v.getId() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).toList()).toList())
                .isEmpty();
    }

    String url(String pad) {
        return "http://localhost:" + port + pad;
    }
}
