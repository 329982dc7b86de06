package nl.leerteam.platform.ui;

import java.text.NumberFormat;
import java.util.Locale;

/** A file's size as people read it: "840 kB", "3,2 MB". */
final class Bestandsgrootte {

    private Bestandsgrootte() {
    }

    static String tekst(long bytes, Locale locale) {
        NumberFormat getal = NumberFormat.getNumberInstance(locale);
        getal.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return getal.format(Math.max(1, Math.round(bytes / 1024.0))) + " kB";
        }
        return getal.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
