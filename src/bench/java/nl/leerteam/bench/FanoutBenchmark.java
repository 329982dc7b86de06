package nl.leerteam.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 3: live fan-out. One writer and thirty viewers, each a member of the same leerteam in
 * their own Chromium context, have the running meeting open with the case in the questions round.
 * The writer asks a question; every viewer's MutationObserver notes when it appears. All pages run
 * in one browser on one machine, so {@code performance.timeOrigin + performance.now()} is one clock
 * for the writer's click and the viewers' sightings.
 */
final class FanoutBenchmark {

    static final int VIEWERS = 30;
    private static final int OPWARMEN = 3;
    private static final int UPDATES = 60;

    /** Marks the moment the writer's click reaches the page, before Vaadin handles it. */
    private static final String KLIK_KLOK = """
            () => document.addEventListener('click', e => {
                if (e.target.closest && e.target.closest('#vraag-stellen')) {
                    window.__klik = performance.timeOrigin + performance.now();
                }
            }, true)""";

    /** Notes the first moment each numbered question is in the page. */
    private static final String WAARNEMER = """
            () => {
                window.__gezien = {};
                const kijk = () => {
                    for (const el of document.querySelectorAll('.lt-bijdrage')) {
                        const m = /Meetvraag (\\d+)/.exec(el.textContent);
                        if (m && !(m[1] in window.__gezien)) {
                            window.__gezien[m[1]] = performance.timeOrigin + performance.now();
                        }
                    }
                };
                new MutationObserver(kijk).observe(document.body, {childList: true, subtree: true, characterData: true});
                kijk();
            }""";

    private final BenchServer server;

    FanoutBenchmark(BenchServer server) {
        this.server = server;
    }

    void run(Resultaten resultaten) {
        List<BenchData.Leerkracht> team = server.dataset().fanout();
        String route = "/bijeenkomsten/" + team.getFirst().bijeenkomstId();
        List<Double> vertragingen = new ArrayList<>();
        List<Double> laatste = new ArrayList<>();
        try (Chromium chromium = new Chromium()) {
            Page schrijver = openen(chromium.browser.newContext(), team.get(1).subject(), route);
            schrijver.evaluate(KLIK_KLOK);
            List<Page> kijkers = new ArrayList<>();
            for (int i = 0; i < VIEWERS; i++) {
                Page kijker = openen(chromium.browser.newContext(), team.get(2 + i).subject(), route);
                kijker.evaluate(WAARNEMER);
                kijkers.add(kijker);
            }
            Benchmarks.log("fanout: writer and %d viewers in the meeting", kijkers.size());
            for (int n = 1; n <= OPWARMEN + UPDATES; n++) {
                schrijver.locator("#vraag-tekst input").fill("Meetvraag " + n + " over het starten na de instructie");
                schrijver.locator("#vraag-stellen").click();
                double klik = ((Number) schrijver.evaluate("() => window.__klik")).doubleValue();
                double traagste = 0;
                for (Page kijker : kijkers) {
                    kijker.waitForFunction("n => n in window.__gezien", String.valueOf(n),
                            new Page.WaitForFunctionOptions().setTimeout(15_000));
                    double gezien = ((Number) kijker.evaluate("n => window.__gezien[n]", String.valueOf(n))).doubleValue();
                    if (n > OPWARMEN) {
                        vertragingen.add(gezien - klik);
                        traagste = Math.max(traagste, gezien - klik);
                    }
                }
                if (n > OPWARMEN) {
                    laatste.add(traagste);
                }
                schrijver.waitForTimeout(250);
            }
        }
        Statistiek alle = new Statistiek(vertragingen);
        Statistiek traagsten = new Statistiek(laatste);
        Benchmarks.log("fanout: %d sightings, p50 %.0f ms, p95 %.0f ms, last viewer p95 %.0f ms",
                alle.aantal(), alle.p50(), alle.p95(), traagsten.p95());
        resultaten.cijfer("live_update_p95_ms", Math.round(alle.p95()));
        resultaten.cijfer("live_viewers", VIEWERS);
        resultaten.sectie(String.format(Locale.ROOT, """
                ## 3. Live fan-out

                One writer and %d viewers of the same leerteam in the running meeting, each in its own Chromium
                context; the writer asks %d questions (after %d not counted), each viewer's MutationObserver notes
                when the question is in its page. From the writer's click to the viewer's page:

                | Sightings | p50 (ms) | p95 (ms) | Max (ms) | p95 of the last viewer per update (ms) |
                |---:|---:|---:|---:|---:|
                | %d | %.0f | %.0f | %.0f | %.0f |
                """, VIEWERS, UPDATES, OPWARMEN, alle.aantal(), alle.p50(), alle.p95(), alle.max(), traagsten.p95()));
    }

    private Page openen(BrowserContext context, String subject, String route) {
        Page page = Chromium.inloggen(context, server.baseUrl(), subject);
        page.navigate(server.baseUrl() + route);
        page.locator("#vraag-stellen").waitFor();
        return page;
    }
}
