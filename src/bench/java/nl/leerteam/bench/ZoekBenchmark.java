package nl.leerteam.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark 7: search over {@link ZoekData#DOCUMENTEN} documents of one board. A KC (who reads the most: the cases and
 * meetings of all her school's leerteams, her visits, the school's trend discussions, the KC-platform, cards and
 * library) and a teacher search as people do: in the top bar's field, Enter, the results page with its snippets. Each
 * search is one request to the server; its server time (Tomcat's access log, named by {@code X-Bench-Step}) holds the
 * whole search — the words made into a query, every source's SQL with access, ranking, snippets — and the results page
 * it builds. One, two and three words, drawn from what schools write about, common words and rare ones.
 */
final class ZoekBenchmark {

    private static final int OPWARMEN = 15;
    private static final int RONDES = 3;
    /** One, two and three words: themes, subjects, methods, compounds, a group, a word without its accent. */
    static final List<String> VRAGEN = List.of(
            "instructie", "rekenen", "breuken", "werkhouding", "Estafette", "fietsen", "kinderen", "volgsysteem",
            "coordinator", "dyslexie", "motivatie", "Kwink", "ouders", "stappenkaart", "toetsperiode",
            "begrijpend lezen", "verlengde instructie", "groep 6", "zelfstandig werken", "executieve functies",
            "rekenen tafels", "spelling feedback", "Snappet rekenen", "klokkijken groep", "leesmotivatie ouders",
            "faalangst maatje", "groep-8 spelling", "sociaal emotionele", "doelen bord", "samenwerken kinderen",
            "directe instructie rekenen", "groep 5 werkhouding", "doelen zichtbaar maken", "technisch lezen automatiseren",
            "begrijpend lezen Nieuwsbegrip", "kinderen wachten instructie", "zelfstandig werken stappenkaart",
            "resultaten spelling dalen", "ouders thuis lastig", "fietsexamen afspraken gymzaal", "coöperatief leren groep",
            "taakaanpak executieve functies", "groepsplan differentiatie rekenen", "hoogbegaafdheid verlengde instructie",
            "kwaliteitscoördinator denkt mee");

    private final BenchServer server;

    ZoekBenchmark(BenchServer server) {
        this.server = server;
    }

    void run(Resultaten resultaten) throws Exception {
        long begin = System.nanoTime();
        int documenten = ZoekData.genereren(server.dataSource());
        Benchmarks.log("search: %d documents written in %.0f s", documenten, (System.nanoTime() - begin) / 1e9);
        Map<String, Meting> kc = zoeken("bench-kc-0", "zoek-kc");
        Map<String, Meting> leerkracht = zoeken(server.dataset().leerkrachten().getFirst().subject(), "zoek-lk");
        Map<String, List<Double>> perPersoon = new HashMap<>();
        Map<Integer, List<Double>> perAantal = new HashMap<>();
        List<Double> rondgang = new ArrayList<>();
        try (var regels = Files.lines(server.accessLog())) {
            Map<String, Double> perStap = new HashMap<>();
            regels.map(r -> r.split(" ")).filter(d -> d.length >= 6 && d[5].startsWith("zoek-"))
                    .forEach(d -> perStap.merge(d[5], Long.parseLong(d[4]) / 1000.0, Double::sum));
            for (Map.Entry<String, Meting> e : combineer(kc, leerkracht).entrySet()) {
                Double ms = perStap.get(e.getKey());
                if (ms == null) {
                    throw new IllegalStateException("No request in the access log for " + e.getKey());
                }
                perPersoon.computeIfAbsent(e.getKey().substring(0, 7), k -> new ArrayList<>()).add(ms);
                perAantal.computeIfAbsent(e.getValue().woorden(), k -> new ArrayList<>()).add(ms);
                rondgang.add(e.getValue().rondgangMs());
            }
        }
        Statistiek kcTijd = new Statistiek(perPersoon.get("zoek-kc"));
        Statistiek lkTijd = new Statistiek(perPersoon.get("zoek-lk"));
        Statistiek rond = new Statistiek(rondgang);
        double p95 = Math.max(kcTijd.p95(), lkTijd.p95());
        Benchmarks.log("search: KC server p50 %.1f / p95 %.1f ms, teacher p50 %.1f / p95 %.1f ms, round trip p95 %.0f ms",
                kcTijd.p50(), kcTijd.p95(), lkTijd.p50(), lkTijd.p95(), rond.p95());
        resultaten.cijfer("search_p95_ms", LoadBenchmark.afgerond(p95));
        StringBuilder perWoorden = new StringBuilder();
        for (int n = 1; n <= 3; n++) {
            Statistiek s = new Statistiek(perAantal.get(n));
            perWoorden.append(String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f |%n", n, s.aantal(), s.p50(), s.p95(), s.max()));
        }
        resultaten.sectie(String.format(Locale.ROOT, """
                ## 7. Search over %,d documents

                The board's generated history (`ZoekData`): %,d cases, %,d meetings with %,d agenda items and %,d decisions,
                %,d classroom visits, %,d trend discussions with %,d observations and %,d interventions, %,d practice cards,
                %,d platform questions with %,d answers, %,d library files with about 6,000 characters of extracted text each,
                over %d schools and three years. A KC of one school and a teacher of one of its leerteams each search %d times
                (%d queries of one to three words, %d rounds in a shuffled order, after %d searches not counted) in the top
                bar's field in Chromium; the server time of that one request (query, every source's SQL with access, ranking,
                snippets, the results page) from Tomcat's access log.

                | Who | Searches | Server p50 (ms) | Server p95 (ms) | Max (ms) |
                |---|---:|---:|---:|---:|
                | KC | %d | %.1f | %.1f | %.1f |
                | Teacher | %d | %.1f | %.1f | %.1f |

                | Words | Searches | Server p50 (ms) | Server p95 (ms) | Max (ms) |
                |---:|---:|---:|---:|---:|
                %s
                From pressing Enter to the results on screen (round trip in the browser): p50 %.0f ms, p95 %.0f ms.
                """, ZoekData.DOCUMENTEN, ZoekData.CASUSSEN, ZoekData.BIJEENKOMSTEN,
                ZoekData.BIJEENKOMSTEN * ZoekData.AGENDAPUNTEN_PER_BIJEENKOMST, ZoekData.BIJEENKOMSTEN * ZoekData.BESLUITEN_PER_BIJEENKOMST,
                ZoekData.BEZOEKEN, ZoekData.TRENDGESPREKKEN, ZoekData.TRENDGESPREKKEN * ZoekData.WAARNEMINGEN_PER_GESPREK,
                ZoekData.TRENDGESPREKKEN * ZoekData.INTERVENTIES_PER_GESPREK, ZoekData.KAARTEN, ZoekData.VRAGEN,
                ZoekData.VRAGEN * ZoekData.ANTWOORDEN_PER_VRAAG, ZoekData.BESTANDEN, BenchData.SCHOLEN,
                VRAGEN.size() * RONDES, VRAGEN.size(), RONDES, OPWARMEN,
                kcTijd.aantal(), kcTijd.p50(), kcTijd.p95(), kcTijd.max(), lkTijd.aantal(), lkTijd.p50(), lkTijd.p95(), lkTijd.max(),
                perWoorden, rond.p50(), rond.p95()));
    }

    /** What one search was: how many words, and the time from Enter to the results on screen. */
    private record Meting(int woorden, double rondgangMs) {
    }

    /** One person's searches, each named in the access log by its step; the warm-up is not returned. */
    private Map<String, Meting> zoeken(String subject, String naam) throws java.io.IOException {
        Random kans = new Random(subject.hashCode());
        List<String> volgorde = new ArrayList<>(VRAGEN.subList(0, OPWARMEN));
        for (int r = 0; r < RONDES; r++) {
            List<String> ronde = new ArrayList<>(VRAGEN);
            Collections.shuffle(ronde, kans);
            volgorde.addAll(ronde);
        }
        // the same query twice in a row would show no new summary to wait for
        for (int i = 1; i < volgorde.size() - 1; i++) {
            if (volgorde.get(i).equals(volgorde.get(i - 1))) {
                Collections.swap(volgorde, i, i + 1);
            }
        }
        Map<String, Meting> metingen = new HashMap<>();
        try (Chromium chromium = new Chromium(); BrowserContext context = chromium.browser.newContext()) {
            context.setDefaultTimeout(30_000);
            Page page = Chromium.inloggen(context, server.baseUrl(), subject);
            try {
                page.locator("#zoekveld input").waitFor();
            } catch (RuntimeException e) {
                page.screenshot(new Page.ScreenshotOptions().setPath(Benchmarks.WERKMAP.resolve("zoek-fout.png")).setFullPage(true));
                java.nio.file.Files.writeString(Benchmarks.WERKMAP.resolve("zoek-fout.html"), page.content());
                throw e;
            }
            int n = 0;
            for (String vraag : volgorde) {
                String stap = naam + "-" + n;
                page.setExtraHTTPHeaders(Map.of("X-Bench-Step", stap));
                page.locator("#zoekveld input").fill(vraag);
                long begin = System.nanoTime();
                page.locator("#zoekveld input").press("Enter");
                page.waitForFunction("q => (document.getElementById('zoek-samenvatting')?.textContent ?? '').includes(q)", vraag);
                double ms = (System.nanoTime() - begin) / 1e6;
                if (n >= OPWARMEN) {
                    metingen.put(stap, new Meting(vraag.split(" ").length, ms));
                }
                n++;
            }
            page.setExtraHTTPHeaders(Map.of());
        }
        Benchmarks.log("search: %s searched %d times", subject, metingen.size());
        return metingen;
    }

    private static Map<String, Meting> combineer(Map<String, Meting> a, Map<String, Meting> b) {
        Map<String, Meting> alles = new HashMap<>(a);
        alles.putAll(b);
        return alles;
    }
}
