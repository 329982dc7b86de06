package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The KC imports a results file in a real browser: the dry run appears, the import goes through, and
 * the subject's chart is drawn (a canvas with pixels) beside its table twin. Then she starts a trend
 * discussion that a teacher follows in her own browser: a hypothesis appears there live, and the
 * teacher's observation at the KC's; the quality calendar's feed is fetched as a calendar program does; and
 * board staff see the schools side by side. axe finds nothing on these screens.
 */
class TrendsBrowserTest extends ChromiumTest {

    private static final LocatorAssertions.ContainsTextOptions TRAAG = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Test
    void a_kc_imports_a_file_and_sees_the_chart_drawn_with_its_table() {
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            Page page = nieuweContext(contexten).newPage();
            inloggen(page, "bram");
            page.navigate(url("/trends"));
            page.locator("#trends-importeren").click();

            String csv = "schooljaar;meetmoment;afnamedatum;jaargroep;groep;vak;aanbieder;toets;schaal;aantal;gem_vaardigheid;"
                    + "n_I;n_II;n_III;n_IV;n_V;toelichting\n"
                    + "2031-2032;M;2032-01-27;5;5A;begrijpend-lezen;cito;Begrijpend lezen M5;IV;25;161,2;5;6;6;5;3;\n"
                    + "2031-2032;E;2032-06-09;5;5A;begrijpend-lezen;cito;Begrijpend lezen E5;IV;25;166,0;6;6;6;5;2;\n";
            page.locator("#trends-bestand input[type=file]").setInputFiles(new FilePayload("resultaten.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("vaadin-dialog-overlay, [role=dialog]:not(vaadin-popover)").first()).containsText("2 nieuw, 0 ongewijzigd", TRAAG);
            page.locator("#trends-import-doen").click();

            Locator grafiek = page.locator("#grafiek-begrijpend-lezen-iv canvas");
            grafiek.waitFor();
            assertThat(page.locator("#trends-begrijpend-lezen vaadin-grid").first()).isVisible();
            assertThat(page.locator("#trends-begrijpend-lezen")).containsText("Begrijpend lezen M5", TRAAG);
            Object getekend = grafiek.evaluate("canvas => { const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, "
                    + "canvas.height).data; let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }");
            org.assertj.core.api.Assertions.assertThat(((Number) getekend).intValue()).as("painted pixels").isGreaterThan(1000);
            org.assertj.core.api.Assertions.assertThat(grafiek.getAttribute("aria-label")).startsWith("Begrijpend lezen: het aandeel");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trends.png")).setFullPage(true));
            toegankelijk(page, "trends");

            // the KC starts a trend discussion; a teacher of the school opens it in her own browser
            page.locator("#trendgesprek-starten").click();
            page.locator("#gesprek-titel input").fill("Begrijpend lezen groep 5");
            page.locator("#gesprek-starten").click();
            page.locator("#onderzoekscyclus").waitFor();
            Page leerkracht = nieuweContext(contexten).newPage();
            inloggen(leerkracht, "emma");
            leerkracht.navigate(page.url());
            leerkracht.locator("#onderzoekscyclus").waitFor();
            assertThat(leerkracht.locator("#hypothesen")).not().containsText("Te weinig");

            page.locator("#hypothese input").fill("Te weinig lange teksten in de methode");
            page.locator("#hypothese-toevoegen").click();
            assertThat(page.locator("#hypothesen")).containsText("Te weinig lange teksten in de methode", TRAAG);
            // live, without reloading
            assertThat(leerkracht.locator("#hypothesen")).containsText("Te weinig lange teksten in de methode", TRAAG);
            assertThat(leerkracht.locator("#hypothesen")).containsText("Open");
            leerkracht.locator("#waarneming input").fill("In groep 5 minder leerlingen op III of hoger bij E");
            leerkracht.locator("#waarneming-toevoegen").click();
            assertThat(page.locator("#waarnemingen")).containsText("Emma Kok", TRAAG);
            Locator resultaten = page.locator("#gesprek-resultaten canvas").first();
            resultaten.waitFor();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trendgesprek.png")).setFullPage(true));
            toegankelijk(page, "trend discussion (KC)");
            toegankelijk(leerkracht, "trend discussion (teacher)");

            // the quality calendar, and its secret feed fetched as a calendar program does: without a login
            page.navigate(url("/trends/kalender"));
            assertThat(page.locator("#kwaliteitskalender")).containsText("Begrijpend lezen groep 5", TRAAG);
            toegankelijk(page, "quality calendar");
            page.locator("#feed-nieuw").click();
            Locator link = page.locator("#feed-link input");
            assertThat(link).hasValue(java.util.regex.Pattern.compile(".*/kalender/[A-Za-z0-9_-]{43}\\.ics"));
            String feed = link.inputValue();
            com.microsoft.playwright.APIRequestContext agenda = playwright.request().newContext();
            try {
                com.microsoft.playwright.APIResponse antwoord = agenda.get(feed);
                org.assertj.core.api.Assertions.assertThat(antwoord.status()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(antwoord.headers().get("content-type")).startsWith("text/calendar");
                org.assertj.core.api.Assertions.assertThat(antwoord.text()).startsWith("BEGIN:VCALENDAR")
                        .contains("Trendgesprek: Begrijpend lezen groep 5");
                page.locator("#feed-intrekken").click();
                assertThat(page.locator("#feed-stand")).containsText("nog geen agendalink", TRAAG);
                org.assertj.core.api.Assertions.assertThat(agenda.get(feed).status()).as("revoked").isEqualTo(404);
            } finally {
                agenda.dispose();
            }

            // the board's view across its schools
            Page bestuur = nieuweContext(contexten).newPage();
            inloggen(bestuur, "annelies");
            bestuur.navigate(url("/bestuur/trends"));
            assertThat(bestuur.locator("#bestuur-trends")).containsText("Kindcentrum Het Kompas", TRAAG);
            toegankelijk(bestuur, "the board's trends");
        } finally {
            contexten.forEach(BrowserContext::close);
        }
    }
}
