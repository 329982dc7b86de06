package nl.leerteam.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of the benchmarks (started by {@code bench/run}, pinned to the load core):
 * starts the system under test, runs each benchmark against it and writes
 * {@code docs/benchmarks.md} and {@code docs/benchmarks.json}.
 * <p>
 * Arguments name the benchmarks to run ({@code signals privacy memory lcp fanout import load search}; all when none are named);
 * {@code serve} only starts the server with its data (and the search benchmark's documents) and keeps it running, for
 * exploring by hand.
 */
public final class Benchmarks {

    static final Path WERKMAP = Path.of("target", "bench");
    static final int PORT = Integer.getInteger("bench.port", 18080);

    private Benchmarks() {
    }

    static void log(String format, Object... args) {
        System.out.println("[bench " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] "
                + String.format(format, args));
    }

    public static void main(String[] args) throws Exception {
        Set<String> gevraagd = Set.of(args);
        boolean alles = gevraagd.isEmpty();
        Resultaten resultaten = new Resultaten();
        // Browserless, without the server: first, while the harness JVM has the load core to itself.
        if (alles || gevraagd.contains("signals")) {
            new SignalsBenchmark().run(resultaten);
        }
        if (alles || gevraagd.contains("privacy")) {
            new PrivacyBenchmark().run(resultaten);
        }
        if (!gevraagd.isEmpty() && Set.of("signals", "privacy").containsAll(gevraagd)) {
            resultaten.schrijven(Path.of("docs"));
            System.exit(0);
        }
        try (BenchServer server = new BenchServer(WERKMAP)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // going down anyway
                }
            }));
            server.start(Path.of("target", "leerteam.jar"), PORT);
            schrijfGebruikers(server.dataset());
            if (gevraagd.contains("serve")) {
                log("search: %d documents written", ZoekData.genereren(server.dataSource()));
                log("serving at %s; teachers in %s", server.baseUrl(), WERKMAP.resolve("users.csv"));
                Thread.sleep(Long.MAX_VALUE);
            }
            // Memory first: windows the browsers of the other benchmarks leave open live on until Vaadin
            // expires them, and would count as heap of the sessions measured.
            if (alles || gevraagd.contains("memory")) {
                new MemoryBenchmark(server).run(resultaten);
            }
            if (alles || gevraagd.contains("lcp")) {
                new LcpBenchmark(server).run(resultaten);
            }
            if (alles || gevraagd.contains("fanout")) {
                new FanoutBenchmark(server).run(resultaten);
            }
            if (alles || gevraagd.contains("import")) {
                new ImportBenchmark(server).run(resultaten);
            }
            if (alles || gevraagd.contains("load")) {
                new LoadBenchmark(server).run(resultaten);
            }
            // Last: its 100,000 documents would be in the pages and the load the others measure.
            if (alles || gevraagd.contains("search")) {
                new ZoekBenchmark(server).run(resultaten);
            }
        }
        resultaten.schrijven(Path.of("docs"));
        log("written: docs/benchmarks.md and docs/benchmarks.json");
        // Gatling and Playwright may leave threads behind that would keep bench/run from returning.
        System.exit(0);
    }

    private static void schrijfGebruikers(BenchData.Dataset dataset) throws Exception {
        List<String> regels = new ArrayList<>();
        for (BenchData.Leerkracht l : dataset.leerkrachten()) {
            regels.add(l.subject() + "," + l.bijeenkomstId() + "," + l.casusId());
        }
        Files.write(WERKMAP.resolve("users.csv"), regels);
    }
}
