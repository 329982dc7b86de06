package nl.leerteam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on; read from /proc, not from the JVM, which sees only its pinned core. */
final class Machine {

    private Machine() {
    }

    static String beschrijving() {
        List<String> cpu = regels("/proc/cpuinfo");
        long cores = cpu.stream().filter(r -> r.startsWith("processor")).count();
        String model = cpu.stream().filter(r -> r.startsWith("model name")).findFirst()
                .map(r -> r.substring(r.indexOf(':') + 1).trim()).orElse("unknown");
        long kb = regels("/proc/meminfo").stream().filter(r -> r.startsWith("MemTotal")).findFirst()
                .map(r -> Long.parseLong(r.replaceAll("[^0-9]", ""))).orElse(0L);
        return String.format(Locale.ROOT, "| Cores | Memory | CPU | JDK | OS |%n|---:|---:|---|---|---|%n| %d | %.1f GiB | %s | %s %s | %s %s |%n",
                cores, kb / 1024.0 / 1024.0, model, System.getProperty("java.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name"), System.getProperty("os.version"));
    }

    private static List<String> regels(String pad) {
        try {
            return Files.readAllLines(Path.of(pad));
        } catch (IOException e) {
            return List.of();
        }
    }
}
