package nl.leerteam.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Benchmark 6: a KC imports a results file of 50,000 rows in the browser, as a school with a long history
 * would: the upload and its dry run (every row read and checked, compared with what is stored), then the
 * import itself in one transaction. Timed from the file being chosen to the dry run's import button, and
 * from the click to the closed dialog.
 */
final class ImportBenchmark {

    static final int REGELS = 50_000;
    private static final String[] VAKKEN = {"rekenen-wiskunde", "begrijpend-lezen", "technisch-lezen", "spelling"};

    private final BenchServer server;

    ImportBenchmark(BenchServer server) {
        this.server = server;
    }

    void run(Resultaten resultaten) {
        byte[] bestand = bestand();
        double proef;
        double importeren;
        try (Chromium chromium = new Chromium(); BrowserContext context = chromium.browser.newContext()) {
            context.setDefaultTimeout(120_000);
            Page page = Chromium.inloggen(context, server.baseUrl(), "bench-kc-1");
            page.navigate(server.baseUrl() + "/trends");
            page.locator("#trends-importeren").click();
            long begin = System.nanoTime();
            page.locator("#trends-bestand input[type=file]").setInputFiles(new FilePayload("resultaten.csv", "text/csv", bestand));
            page.locator("#trends-import-doen:not([disabled])").waitFor();
            proef = (System.nanoTime() - begin) / 1e9;
            begin = System.nanoTime();
            page.locator("#trends-import-doen").click();
            page.locator("#trends-import-doen").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED));
            importeren = (System.nanoTime() - begin) / 1e9;
        }
        Benchmarks.log("import: %d rows, dry run %.1f s, import %.1f s", REGELS, proef, importeren);
        resultaten.cijfer("import_50k_rows_s", Math.round(importeren * 10) / 10.0);
        resultaten.cijfer("import_50k_dry_run_s", Math.round(proef * 10) / 10.0);
        resultaten.sectie(String.format(Locale.ROOT, """
                ## 6. Importing a results file of 50,000 rows

                A KC of a generated school imports a file in Leerteam's own format (%d rows, %.1f MB: thirty school years,
                M and E, groep 1–8, four subjects, many tests) in Chromium on the load core. The dry run reads and checks
                every row and compares it with what is stored; the import writes them in one transaction.

                | Step | Seconds |
                |---|---:|
                | Upload and dry run, until the import button is enabled | %.1f |
                | Import, until the dialog closes | %.1f |
                """, REGELS, bestand.length / 1e6, proef, importeren));
    }

    /** Rows with distinct keys, every date inside its school year and every level count adding up. */
    static byte[] bestand() {
        StringBuilder csv = new StringBuilder("schooljaar;meetmoment;afnamedatum;jaargroep;groep;vak;aanbieder;toets;schaal;aantal;"
                + "gem_vaardigheid;n_I;n_II;n_III;n_IV;n_V;toelichting\n");
        int n = 0;
        for (int toets = 0; n < REGELS; toets++) {
            for (int jaar = 1996; jaar < 2026 && n < REGELS; jaar++) {
                for (String moment : new String[]{"M", "E"}) {
                    String datum = moment.equals("M") ? (jaar + 1) + "-01-27" : (jaar + 1) + "-06-10";
                    for (int groep = 1; groep <= 8 && n < REGELS; groep++) {
                        for (String vak : VAKKEN) {
                            if (n >= REGELS) {
                                break;
                            }
                            int aantal = 20 + (n % 9);
                            int[] niveaus = {aantal / 5, aantal / 5, aantal / 5, aantal / 5, aantal - 4 * (aantal / 5)};
                            csv.append(jaar).append('-').append(jaar + 1).append(';').append(moment).append(';').append(datum).append(';')
                                    .append(groep).append(';').append(groep).append("A;").append(vak).append(";cito;Toets ").append(toets)
                                    .append(' ').append(moment).append(groep).append(";IV;").append(aantal).append(';')
                                    .append(140 + groep * 5).append(",5;").append(niveaus[0]).append(';').append(niveaus[1]).append(';')
                                    .append(niveaus[2]).append(';').append(niveaus[3]).append(';').append(niveaus[4]).append(";\n");
                            n++;
                        }
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
