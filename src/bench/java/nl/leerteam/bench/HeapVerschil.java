package nl.leerteam.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The classes whose live bytes grew most between two of jcmd's class histograms, per session. */
final class HeapVerschil {

    private HeapVerschil() {
    }

    static String tabel(Path voor, Path na, int sessies, int regels) throws IOException {
        Map<String, Long> eerst = lees(voor);
        Map<String, Long> daarna = lees(na);
        StringBuilder tabel = new StringBuilder("| Class | Bytes per session |\n|---|---:|\n");
        daarna.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - eerst.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(regels)
                .forEach(e -> tabel.append(String.format(Locale.ROOT, "| `%s` | %d |%n", e.getKey(), e.getValue() / sessies)));
        return tabel.toString();
    }

    /** Lines like {@code   1:   12345   67890  java.lang.String (java.base@25)}. */
    private static Map<String, Long> lees(Path histogram) throws IOException {
        Map<String, Long> bytes = new HashMap<>();
        for (String regel : Files.readAllLines(histogram)) {
            String[] d = regel.trim().split("\\s+");
            if (d.length >= 4 && d[0].endsWith(":")) {
                bytes.merge(d[3], Long.parseLong(d[2]), Long::sum);
            }
        }
        return bytes;
    }
}
