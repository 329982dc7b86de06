package nl.leerteam.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 4: largest contentful paint of the login page and of a teacher's start page in production
 * mode, the median of five loads each in a fresh browser context (nothing cached), after one load that
 * is not counted (it only warms the server).
 */
final class LcpBenchmark {

    private static final int LADINGEN = 5;
    private static final String LCP = """
            () => new Promise(resolve => new PerformanceObserver(list => {
                const entries = list.getEntries();
                resolve(entries[entries.length - 1].startTime);
            }).observe({type: 'largest-contentful-paint', buffered: true}))""";

    private final BenchServer server;

    LcpBenchmark(BenchServer server) {
        this.server = server;
    }

    void run(Resultaten resultaten) {
        String subject = server.dataset().leerkrachten().getFirst().subject();
        List<Double> login = new ArrayList<>();
        List<Double> startpagina = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            Browser browser = chromium.browser;
            String ingelogd;
            try (BrowserContext context = browser.newContext()) {
                Chromium.inloggen(context, server.baseUrl(), subject);
                ingelogd = context.storageState();
            }
            for (int i = 0; i <= LADINGEN; i++) {
                double l = meten(browser.newContext(), "/login", "#dev-login-" + subject);
                double s = meten(browser.newContext(new Browser.NewContextOptions().setStorageState(ingelogd)), "/", "#welkom");
                if (i > 0) {
                    login.add(l);
                    startpagina.add(s);
                }
            }
        }
        Statistiek l = new Statistiek(login);
        Statistiek s = new Statistiek(startpagina);
        Benchmarks.log("lcp: login page median %.0f ms, start page median %.0f ms", l.p50(), s.p50());
        resultaten.cijfer("lcp_ms", Math.round(s.p50()));
        resultaten.sectie(String.format(Locale.ROOT, """
                ## 4. First load (largest contentful paint)

                Production mode, Chromium headless on the load core, each load in a fresh context (empty cache).

                | Page | Loads (ms) | Median (ms) |
                |---|---|---:|
                | Login page | %s | %.0f |
                | Start page of a teacher (logged in) | %s | %.0f |

                `lcp_ms` is the start page: it waits for the server to build the view, the login page does too.
                """, lijst(login), l.p50(), lijst(startpagina), s.p50()));
    }

    private double meten(BrowserContext context, String pad, String klaar) {
        try (context) {
            Page page = context.newPage();
            page.navigate(server.baseUrl() + pad);
            page.locator(klaar).waitFor();
            // LCP is final once the page stops adding content; give Vaadin's last render a moment.
            page.waitForTimeout(500);
            return ((Number) page.evaluate(LCP)).doubleValue();
        }
    }

    private static String lijst(List<Double> waarden) {
        return String.join(", ", waarden.stream().map(w -> String.valueOf(Math.round(w))).toList());
    }
}
