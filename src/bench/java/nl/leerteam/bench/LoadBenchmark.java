package nl.leerteam.bench;

import io.gatling.app.Gatling$;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Benchmark 1: the Gatling simulation of teachers in meetings ({@link LoadSimulation}), run in this
 * JVM on the load core. Server time per request comes from Tomcat's access log, the round trip from
 * Gatling; an interaction is a request to Vaadin (the init that creates a UI, or a UIDL message).
 */
final class LoadBenchmark {

    private static final Set<String> INTERACTIES = Set.of("meeting init", "meeting open", "case read", "meeting back", "question");

    static final Path USERS = Benchmarks.WERKMAP.resolve("users.csv");
    /** One request of the simulation: its step, its round trip and whether its checks passed. */
    record Meting(String stap, int ms, boolean gelukt) {
    }

    static final Queue<Meting> METINGEN = new ConcurrentLinkedQueue<>();
    static final int USERS_COUNT = Integer.getInteger("bench.users.count", 200);
    static final Duration RAMP_MEASURED = Duration.ofSeconds(Integer.getInteger("bench.ramp.seconds", 100));
    static final Duration STAY_MEASURED = Duration.ofSeconds(Integer.getInteger("bench.stay.seconds", 180));
    /** Before measuring, the same scenario at a lighter load, so that the JIT has compiled the hot paths. */
    static final int WARMUP_USERS = Integer.getInteger("bench.warmup.users", 50);
    static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 120));

    // What the next Gatling run injects; read by LoadSimulation when Gatling creates it.
    static volatile int users;
    static volatile Duration RAMP;
    static volatile Duration STAY;

    private final BenchServer server;

    LoadBenchmark(BenchServer server) {
        this.server = server;
    }

    /** What one load level gave. */
    private record Niveau(int gebruikers, long verzoeken, long mislukt, long serverFouten, double serverP50, double serverP95,
                          double rondgangP95, String tabel) {
        double foutPercentage() {
            return verzoeken == 0 ? 100 : 100.0 * (mislukt + serverFouten) / verzoeken;
        }
    }

    void run(Resultaten resultaten) throws Exception {
        System.setProperty("bench.baseUrl", server.baseUrl());
        if (WARMUP_USERS > 0 && !WARMUP.isZero()) {
            Benchmarks.log("load: warming up with %d teachers for %d s (not measured)", WARMUP_USERS, WARMUP.toSeconds());
            gatling(WARMUP_USERS, Duration.ofSeconds(10), WARMUP);
        }
        // Lighter levels first, shorter: where the server stands below the level the budget names.
        List<Niveau> niveaus = new ArrayList<>();
        for (int aantal : List.of(USERS_COUNT / 4, USERS_COUNT / 2, USERS_COUNT * 3 / 4)) {
            niveaus.add(niveau(aantal, Duration.ofSeconds(30), Duration.ofSeconds(90)));
        }
        Niveau vol = niveau(USERS_COUNT, RAMP_MEASURED, STAY_MEASURED);
        niveaus.add(vol);

        resultaten.cijfer("interaction_server_p95_ms", afgerond(vol.serverP95()));
        resultaten.cijfer("interaction_roundtrip_p95_ms", afgerond(vol.rondgangP95()));
        resultaten.cijfer("concurrent_users", vol.gebruikers());
        resultaten.cijfer("users_within_50ms", niveaus.stream().filter(n -> n.serverP95() <= 50 && n.foutPercentage() == 0)
                .mapToInt(Niveau::gebruikers).max().orElse(0));
        StringBuilder overzicht = new StringBuilder("| Teachers | Requests | Error rate | Server p50 (ms) | Server p95 (ms) | Round trip p95 (ms) |\n"
                + "|---:|---:|---:|---:|---:|---:|\n");
        for (Niveau n : niveaus) {
            overzicht.append(String.format(Locale.ROOT, "| %d | %d | %.2f %% | %.1f | %.1f | %.0f |%n", n.gebruikers(), n.verzoeken(),
                    n.foutPercentage(), n.serverP50(), n.serverP95(), n.rondgangP95()));
        }
        resultaten.load(vol.gebruikers(), vol.verzoeken(), vol.mislukt(), vol.serverFouten(), vol.foutPercentage(),
                overzicht.toString(), vol.tabel());
    }

    private Niveau niveau(int gebruikers, Duration ramp, Duration blijven) throws Exception {
        Benchmarks.log("load: ramping to %d teachers over %d s, each staying %d s", gebruikers, ramp.toSeconds(), blijven.toSeconds());
        long foutenVooraf = serverFouten();
        long toegangVooraf;
        try (var regels = Files.lines(server.accessLog())) {
            toegangVooraf = regels.count();
        }
        server.vragenWissen();
        gatling(gebruikers, ramp, blijven);
        long serverFouten = serverFouten() - foutenVooraf;

        Map<String, List<Double>> serverTijd = new LinkedHashMap<>();
        List<Double> interactieServer = new ArrayList<>();
        try (var regels = Files.lines(server.accessLog())) {
            regels.skip(toegangVooraf).map(r -> r.split(" ")).filter(d -> d.length >= 6).forEach(d -> {
                String stap = String.join(" ", Arrays.copyOfRange(d, 5, d.length));
                double ms = Long.parseLong(d[4]) / 1000.0;
                if (!stap.equals("-")) {
                    serverTijd.computeIfAbsent(stap, s -> new ArrayList<>()).add(ms);
                    if (INTERACTIES.contains(stap)) {
                        interactieServer.add(ms);
                    }
                }
            });
        }
        Map<String, List<Double>> rondgang = new LinkedHashMap<>();
        List<Double> interactieRondgang = new ArrayList<>();
        long ko = 0;
        long totaal = 0;
        for (Meting m : List.copyOf(METINGEN)) {
            totaal++;
            if (!m.gelukt()) {
                ko++;
            }
            rondgang.computeIfAbsent(m.stap(), s -> new ArrayList<>()).add((double) m.ms());
            if (INTERACTIES.contains(m.stap())) {
                interactieRondgang.add((double) m.ms());
            }
        }
        Statistiek server = new Statistiek(interactieServer);
        Statistiek rond = new Statistiek(interactieRondgang);
        Benchmarks.log("load: %d teachers: %d requests, %d failed, %d server errors; interactions server p95 %.1f ms, round trip p95 %.1f ms",
                gebruikers, totaal, ko, serverFouten, server.p95(), rond.p95());
        StringBuilder tabel = new StringBuilder();
        tabel.append("| Step | Requests | Server p50 (ms) | Server p95 (ms) | Round trip p50 (ms) | Round trip p95 (ms) |\n");
        tabel.append("|---|---:|---:|---:|---:|---:|\n");
        for (String stap : rondgang.keySet()) {
            Statistiek s = new Statistiek(serverTijd.getOrDefault(stap, List.of(0.0)));
            Statistiek r = new Statistiek(rondgang.get(stap));
            tabel.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.0f | %.0f |%n", stap, r.aantal(), s.p50(), s.p95(), r.p50(), r.p95()));
        }
        return new Niveau(gebruikers, totaal, ko, serverFouten, server.p50(), server.p95(), rond.p95(), tabel.toString());
    }

    private static void gatling(int aantal, Duration ramp, Duration blijven) {
        users = aantal;
        RAMP = ramp;
        STAY = blijven;
        METINGEN.clear();
        int code = Gatling$.MODULE$.fromArgs(new String[] {
                "--simulation", LoadSimulation.class.getName(),
                "--results-folder", Benchmarks.WERKMAP.resolve("gatling").toString(),
                "--launcher", "maven"});
        if (code != 0) {
            Benchmarks.log("load: Gatling ended with code %d", code);
        }
    }

    static String baseUrl() {
        return System.getProperty("bench.baseUrl", "http://localhost:" + Benchmarks.PORT);
    }

    private long serverFouten() throws Exception {
        try (var regels = Files.lines(server.serverLog())) {
            return regels.filter(r -> r.contains(" ERROR ")).count();
        }
    }

    static double afgerond(double waarde) {
        return Math.round(waarde * 10) / 10.0;
    }
}
