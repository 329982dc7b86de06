package nl.leerteam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of one run, written as {@code docs/benchmarks.json} (the keys the issue fixes) and as
 * {@code docs/benchmarks.md}: machine, date, every figure against its budget and against the figures
 * that were there before this run, the details per benchmark, and the hand-written analysis of
 * {@code bench/analysis.md}.
 */
final class Resultaten {

    private record Budget(String omschrijving, String eenheid, double grens, boolean hoogstens) {
        boolean gehaald(double waarde) {
            return hoogstens ? waarde <= grens : waarde >= grens;
        }
    }

    private static final Map<String, Budget> BUDGETTEN = new LinkedHashMap<>();

    static {
        BUDGETTEN.put("heap_kb_per_session", new Budget("Heap per session with the meeting view", "KB", 300, true));
        BUDGETTEN.put("interaction_server_p95_ms", new Budget("Server time per interaction, p95", "ms", 50, true));
        BUDGETTEN.put("interaction_roundtrip_p95_ms", new Budget("Round trip per interaction, p95", "ms", Double.NaN, true));
        BUDGETTEN.put("concurrent_users", new Budget("Concurrent users in the load test", "", 200, false));
        BUDGETTEN.put("users_within_50ms", new Budget("Most teachers measured with a server p95 within 50 ms", "", Double.NaN, false));
        BUDGETTEN.put("live_update_p95_ms", new Budget("Live update to the other viewers, p95", "ms", 250, true));
        BUDGETTEN.put("live_viewers", new Budget("Viewers of the live update", "", 30, false));
        BUDGETTEN.put("lcp_ms", new Budget("Largest contentful paint, dashboard, median of 5", "ms", 1500, true));
        BUDGETTEN.put("import_50k_rows_s", new Budget("Importing a results file of 50,000 rows", "s", 10, true));
        BUDGETTEN.put("privacy_scan_10k_p95_ms", new Budget("Privacy guard on a text of 10,000 characters, p95", "ms", 5, true));
        BUDGETTEN.put("search_p95_ms", new Budget("Search over 100,000 documents, server time per search, p95", "ms", 50, true));
        BUDGETTEN.put("import_50k_dry_run_s", new Budget("Dry run of that file (upload, read, check, compare)", "s", Double.NaN, true));
    }

    private final Map<String, Double> cijfers = new LinkedHashMap<>();
    private final List<String> secties = new ArrayList<>();

    void cijfer(String sleutel, double waarde) {
        cijfers.put(sleutel, waarde);
    }

    void sectie(String markdown) {
        secties.add(markdown);
    }

    void load(int gebruikers, long verzoeken, long mislukt, long serverFouten, double foutPercentage, String niveaus,
              String tabel) {
        sectie("## 1. Load: teachers in meetings (Gatling)\n\n"
                + "Each teacher logs in, opens their leerteam's running meeting, then keeps reading the case, going back to "
                + "the meeting and asking a question, with 1–3 s to think between steps; after six questions (a round of "
                + "clarifying questions) only reading and following. Each level starts from discussions without questions. "
                + "The server and PostgreSQL share one core. After a warm-up that is not counted, four load levels "
                + "(\"most teachers within 50 ms\" above is the highest of them with a server p95 within 50 ms and no errors):\n\n"
                + niveaus
                + String.format(Locale.ROOT, "%nAt %d teachers: %d requests, failed requests: %d, server errors logged: %d; "
                        + "**error rate %.2f %%** (must be 0). Per step:%n%n", gebruikers, verzoeken, mislukt, serverFouten, foutPercentage)
                + tabel);
    }

    void schrijven(Path docs) throws IOException {
        Files.createDirectories(docs);
        Path jsonPad = docs.resolve("benchmarks.json");
        Map<String, Double> vorige = Files.exists(jsonPad) ? lees(Files.readString(jsonPad)) : Map.of();
        String datum = LocalDate.now().toString();

        StringBuilder json = new StringBuilder("{\n");
        for (String sleutel : BUDGETTEN.keySet()) {
            if (cijfers.containsKey(sleutel)) {
                json.append("  \"").append(sleutel).append("\": ").append(getal(cijfers.get(sleutel))).append(",\n");
            }
        }
        json.append("  \"date\": \"").append(datum).append("\"\n}\n");
        Files.writeString(jsonPad, json);

        StringBuilder md = new StringBuilder("# Benchmarks\n\n");
        md.append("Written by `bench/run` on ").append(datum).append(" (the production jar with a generated data set; ")
                .append("the server and PostgreSQL pinned to core ").append(BenchServer.SERVER_CORE)
                .append(", the load generator and the browsers to core ").append(BenchServer.LOAD_CORE).append(").\n\n");
        md.append(Machine.beschrijving()).append("\n");
        md.append("| Figure | Value | Budget | Within budget | Before this run |\n|---|---:|---:|:---:|---:|\n");
        for (Map.Entry<String, Budget> e : BUDGETTEN.entrySet()) {
            Double waarde = cijfers.get(e.getKey());
            if (waarde == null) {
                continue;
            }
            Budget b = e.getValue();
            String budget = Double.isNaN(b.grens()) ? "–" : (b.hoogstens() ? "≤ " : "≥ ") + getal(b.grens()) + " " + b.eenheid();
            String gehaald = Double.isNaN(b.grens()) ? "–" : b.gehaald(waarde) ? "yes" : "**no**";
            Double eerder = vorige.get(e.getKey());
            md.append("| ").append(b.omschrijving()).append(" (`").append(e.getKey()).append("`) | ")
                    .append(getal(waarde)).append(" ").append(b.eenheid()).append(" | ").append(budget).append(" | ")
                    .append(gehaald).append(" | ").append(eerder == null ? "–" : getal(eerder) + " " + b.eenheid()).append(" |\n");
        }
        md.append("\n");
        // Benchmarks run in the order that disturbs least; the document follows their numbers.
        for (String sectie : secties.stream().sorted().toList()) {
            md.append(sectie).append("\n");
        }
        Path analyse = Path.of("bench", "analysis.md");
        if (Files.exists(analyse)) {
            md.append(Files.readString(analyse));
        }
        Files.writeString(docs.resolve("benchmarks.md"), md);
    }

    private static String getal(double waarde) {
        return waarde == Math.rint(waarde) ? String.valueOf((long) waarde) : String.format(Locale.ROOT, "%.1f", waarde);
    }

    private static Map<String, Double> lees(String json) {
        Map<String, Double> waarden = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"([a-z_0-9]+)\"\\s*:\\s*(-?[0-9.]+)").matcher(json);
        while (m.find()) {
            waarden.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return waarden;
    }
}
