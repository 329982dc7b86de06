package nl.leerteam.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Chromium against the running application: a demo teacher logs in through the
 * development login, sees their leerteam, and logs out again.
 */
class DevLoginBrowserTest extends ChromiumTest {

    BrowserContext context;
    Page page;

    @BeforeEach
    void openTablet() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("nl-NL"));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void a_demo_teacher_logs_in_sees_their_leerteam_and_logs_out() {
        page.navigate(url("/"));
        page.waitForURL("**/login");
        assertThat(page.locator("#dev-login")).isVisible();
        String sessieVoor = sessie();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));

        page.locator("#dev-login-sanne").click();

        // back where the teacher was going before the login page (Spring marks it with ?continue)
        assertThat(page.locator("#welkom")).hasText("Goedendag, Sanne");
        assertThat(page).hasURL(Pattern.compile(":" + port + "/(\\?continue)?$"));
        assertThat(page.locator("#mijn-leerteams")).containsText("Onderbouw");
        assertThat(page.locator("#mijn-leerteams")).containsText("OBS De Regenboog");
        assertThat(page.locator("#mijn-scholen")).containsText("BRIN 21QK");
        assertThat(sessie()).as("a new session id after login").isNotEqualTo(sessieVoor);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-leerkracht.png")));
        assertThat(page).hasTitle("Overzicht – Leerteam");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        page.waitForFunction("() => window.Vaadin.connectionIndicator && window.Vaadin.connectionIndicator.offlineText.startsWith('Geen verbinding')");
        String icoon = page.locator("link[rel=icon]").getAttribute("href");
        var antwoord = page.request().get(url("/" + icoon));
        org.assertj.core.api.Assertions.assertThat(antwoord.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(antwoord.headers().get("content-type")).startsWith("image/svg+xml");

        // the language switch reloads the page in English, <html lang> included, and back
        kiesTaal("Taal", "English");
        assertThat(page).hasTitle("Overview – Leerteam");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        kiesTaal("Language", "Nederlands");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Mijn leerteams")).click();
        page.waitForURL(url("/leerteams"));
        assertThat(page.locator("#mijn-leerteams .lt-members")).containsText("Joris Bakker");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("mijn-leerteams.png")));

        String sessieIngelogd = sessie();
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Uitloggen")).click();
        page.waitForURL("**/login");

        BrowserContext ander = browser.newContext();
        ander.addCookies(List.of(new Cookie("JSESSIONID", sessieIngelogd).setDomain("localhost").setPath("/")));
        Page oud = ander.newPage();
        oud.navigate(url("/"));
        oud.waitForURL("**/login");
        assertThat(oud.url()).as("the old session no longer logs anyone in").endsWith("/login");
        ander.close();
    }

    @Test
    void a_director_opens_the_administration_of_their_school() {
        page.navigate(url("/login"));
        page.locator("#dev-login-marieke").click();
        assertThat(page.locator("#welkom")).hasText("Goedendag, Marieke");
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Beheer")).click();
        // by keyboard: from the list's header, Tab to the school's row, Enter opens it
        page.locator("#scholen vaadin-grid-cell-content").first().click();
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        page.waitForURL("**/beheer/school/**");
        assertThat(page.locator("#leerteams")).containsText("Bovenbouw");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("beheer-school.png")));

        // an address that does not exist and a page that is not hers: Leerteam's page with its title, never the framework's
        page.navigate(url("/bestaat/niet"));
        assertThat(page.locator("h2")).hasText("Niet gevonden");
        assertThat(page).hasTitle("Niet gevonden – Leerteam");
        page.navigate(url("/bestuur/trends"));
        assertThat(page.locator("h2")).hasText("Niet gevonden");
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("Could not navigate", "Access is denied");
        toegankelijk(page, "refusal page");
    }

    @Test
    void a_board_administrator_sees_every_school_of_the_board_and_its_administrators() {
        page.navigate(url("/login"));
        page.locator("#dev-login-annelies").click();
        assertThat(page.locator("#welkom")).hasText("Goedendag, Annelies");
        assertThat(page.locator("#mijn-scholen")).containsText("Kindcentrum Het Kompas");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-bestuur.png")));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Beheer")).click();
        assertThat(page.locator("#scholen")).containsText("CBS De Wegwijzer");
        assertThat(page.locator("#bestuurders")).containsText("Annelies van den Berg");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("beheer-bestuur.png")).setFullPage(true));
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("gebruikersmenu.png")));
    }

    @Test
    void a_teacher_brings_a_case_to_her_leerteam_and_reads_it_back() {
        page.navigate(url("/login"));
        page.locator("#dev-login-daan").click();
        assertThat(page.locator("#welkom")).hasText("Goedendag, Daan");
        page.locator("#mijn-leerteams").getByText("Casussen").click();
        page.waitForURL("**/casussen");
        page.locator("#casus-inbrengen").click();
        page.locator("#casus-groep input").click();
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Groep 7")).click();
        // letters only: six hex characters can read as a postcode ("7708ce"), which the privacy guard rightly warns about
        String hulpvraag = "Hoe help ik deze leerling plannen bij werkstukken? " + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
        page.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("Hulpvraag")).locator("textarea").fill(hulpvraag);
        page.locator("vaadin-text-area", new Page.LocatorOptions().setHasText("Wat gaat goed?")).locator("textarea")
                .fill("Is creatief en komt met goede ideeën.");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("casus-inbrengen.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan").setExact(true)).click();

        assertThat(page.locator("#casussen")).containsText(hulpvraag);
        page.locator("#casussen").getByText(hulpvraag).click();
        page.waitForURL("**/casussen/**");
        assertThat(page.locator(".lt-casus")).containsText("Is creatief en komt met goede ideeën.");
        assertThat(page.locator("#casus-wijzigen")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("casus.png")).setFullPage(true));
    }

    private String sessie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse("");
    }


    private void kiesTaal(String taal, String keuze) {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText(taal)).click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText(keuze)).click();
        assertThat(page.locator("#welkom")).isVisible();
    }
}
