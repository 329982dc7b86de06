package nl.leerteam.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 2: heap per session. Opens N = 0, 100 and 200 sessions, each a different teacher with
 * their running meeting open (page load plus push connection), forces a full collection and reads the
 * live heap; the slope of the least-squares line through the three points is the cost of a session.
 */
final class MemoryBenchmark {

    private static final int[] STAPPEN = {0, 100, 200};

    private final BenchServer server;

    MemoryBenchmark(BenchServer server) {
        this.server = server;
    }

    void run(Resultaten resultaten) throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<BenchData.Leerkracht> leerkrachten = server.dataset().leerkrachten();
        List<VaadinKlant> open = new ArrayList<>();
        double[] heapKb = new double[STAPPEN.length];
        try {
            for (int i = 0; i < STAPPEN.length; i++) {
                while (open.size() < STAPPEN[i]) {
                    BenchData.Leerkracht leerkracht = leerkrachten.get(open.size());
                    VaadinKlant klant = new VaadinKlant(http, server.baseUrl());
                    klant.inloggen(leerkracht.subject());
                    klant.openen("bijeenkomsten/" + leerkracht.bijeenkomstId());
                    open.add(klant);
                }
                // Presence updates of the last arrivals settle before the heap is read.
                Thread.sleep(3000);
                Path histogram = Benchmarks.WERKMAP.resolve("heap-" + STAPPEN[i] + ".txt");
                // Two full collections, the second one counted: what the first one only released for cleaning
                // up (closed connections, cleared references) is gone by the second, so steps compare alike.
                server.liveHeap(histogram);
                heapKb[i] = server.liveHeap(histogram) / 1024.0;
                Benchmarks.log("memory: %d sessions, live heap %.0f KB", STAPPEN[i], heapKb[i]);
                if (Boolean.getBoolean("bench.heapdump") && i == STAPPEN.length - 1) {
                    server.heapDump(Benchmarks.WERKMAP.resolve("heap-" + STAPPEN[i] + ".hprof"));
                }
            }
        } finally {
            open.forEach(VaadinKlant::close);
        }
        double helling = helling(heapKb);
        resultaten.cijfer("heap_kb_per_session", Math.round(helling));
        StringBuilder tekst = new StringBuilder("## 2. Memory per session\n\n"
                + "Each session is a different teacher who logged in and opened their running meeting (page load, "
                + "navigation and push connection). Live heap after a full collection (`jcmd GC.class_histogram`):\n\n"
                + "| Sessions | Live heap (KB) |\n|---:|---:|\n");
        for (int i = 0; i < STAPPEN.length; i++) {
            tekst.append(String.format(Locale.ROOT, "| %d | %.0f |%n", STAPPEN[i], heapKb[i]));
        }
        tekst.append(String.format(Locale.ROOT, "%nSlope of the least-squares line: **%.0f KB per session**. "
                + "The class histograms are in `target/bench/heap-*.txt`; the largest growth from 0 to %d sessions:%n%n",
                helling, STAPPEN[STAPPEN.length - 1]));
        tekst.append(HeapVerschil.tabel(Benchmarks.WERKMAP.resolve("heap-0.txt"),
                Benchmarks.WERKMAP.resolve("heap-" + STAPPEN[STAPPEN.length - 1] + ".txt"), STAPPEN[STAPPEN.length - 1], 12));
        resultaten.sectie(tekst.toString());
    }

    private static double helling(double[] heap) {
        double gemX = 0;
        double gemY = 0;
        for (int i = 0; i < STAPPEN.length; i++) {
            gemX += STAPPEN[i];
            gemY += heap[i];
        }
        gemX /= STAPPEN.length;
        gemY /= STAPPEN.length;
        double teller = 0;
        double noemer = 0;
        for (int i = 0; i < STAPPEN.length; i++) {
            teller += (STAPPEN[i] - gemX) * (heap[i] - gemY);
            noemer += (STAPPEN[i] - gemX) * (STAPPEN[i] - gemX);
        }
        return teller / noemer;
    }
}
