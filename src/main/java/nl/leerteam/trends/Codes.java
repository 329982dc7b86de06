package nl.leerteam.trends;

import java.text.Normalizer;
import java.util.Locale;

/** Codes and column names as people type them: case, accents, spaces, dashes and underscores do not matter. */
final class Codes {

    private Codes() {
    }

    static String normaal(String tekst) {
        if (tekst == null) {
            return "";
        }
        String zonderAccenten = Normalizer.normalize(tekst.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
