package nl.leerteam.bench;

import nl.leerteam.privacy.PrivacyGuard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The privacy guard on long texts, browserless in the harness JVM: texts of 10,000 characters made of the evaluation
 * sets' sentences (names, numbers, addresses and clean school language mixed, as a long set of meeting notes), each
 * scanned in full as a save does. Budget: a p95 under 5 ms per text.
 */
final class PrivacyBenchmark {

    private static final int LENGTE = 10_000;
    private static final int TEKSTEN = 200;
    private static final int OPWARMEN = 2_000;
    private static final int METINGEN = 4_000;

    void run(Resultaten resultaten) {
        List<String> zinnen = new ArrayList<>();
        for (String set : List.of("evaluatieset.tsv", "evaluatieset-2.tsv", "evaluatieset-3.tsv", "evaluatieset-4.tsv",
                "evaluatieset-5.tsv")) {
            zinnen.addAll(lees(set));
        }
        Random toeval = new Random(16);
        List<String> teksten = new ArrayList<>();
        for (int t = 0; t < TEKSTEN; t++) {
            Collections.shuffle(zinnen, toeval);
            StringBuilder tekst = new StringBuilder();
            for (int i = 0; tekst.length() < LENGTE; i = (i + 1) % zinnen.size()) {
                tekst.append(zinnen.get(i)).append(i % 4 == 3 ? "\n" : " ");
            }
            teksten.add(tekst.substring(0, LENGTE));
        }
        PrivacyGuard guard = new PrivacyGuard(Year.of(2026));
        long vondsten = 0;
        for (int i = 0; i < OPWARMEN; i++) {
            vondsten += guard.scan(teksten.get(i % TEKSTEN)).size();
        }
        List<Double> ms = new ArrayList<>(METINGEN);
        for (int i = 0; i < METINGEN; i++) {
            long start = System.nanoTime();
            vondsten += guard.scan(teksten.get(i % TEKSTEN)).size();
            ms.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Statistiek s = new Statistiek(ms);
        resultaten.cijfer("privacy_scan_10k_p95_ms", s.p95());
        resultaten.sectie(String.format(Locale.ROOT, """
                ## 7. The privacy guard on a text of 10,000 characters

                Browserless in the harness JVM: %d texts of %,d characters made of the evaluation sets' sentences (about
                half with a name, number, date or address), scanned in full as a save does, %,d times after %,d scans to
                warm up. Per text: **p50 %.2f ms, p95 %.2f ms**, slowest %.2f ms (budget: p95 under 5 ms). Findings over
                all scans: %,d.
                """, TEKSTEN, LENGTE, METINGEN, OPWARMEN, s.p50(), s.p95(), s.percentiel(100), vondsten));
        Benchmarks.log("privacy: 10,000 characters: p50 %.2f ms, p95 %.2f ms", s.p50(), s.p95());
    }

    private static List<String> lees(String bestand) {
        List<String> zinnen = new ArrayList<>();
        try (InputStream in = PrivacyGuard.class.getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException(bestand + " is not on the class path (target/test-classes)");
            }
            BufferedReader lezer = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String regel = lezer.readLine(); regel != null; regel = lezer.readLine()) {
                if (!regel.isBlank() && !regel.startsWith("#")) {
                    zinnen.add(regel.substring(regel.indexOf('\t') + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zinnen;
    }
}
