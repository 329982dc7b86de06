package nl.leerteam.platform.bestand;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a file is shown and downloaded under: the uploader's name without folders, control characters,
 * direction overrides (which make "rapport‮fdp.exe" read as "rapportexe.pdf") or characters that file systems
 * refuse, at most {@value #MAXIMAAL} characters, and always ending in the extension of what the file is.
 * It is never a path on disk: files are kept under names Leerteam makes up.
 */
public final class Bestandsnaam {

    public static final int MAXIMAAL = 120;

    private Bestandsnaam() {
    }

    public static String veilig(String opgegeven, Bestandssoort soort) {
        String naam = opgegeven == null ? "" : Normalizer.normalize(opgegeven, Normalizer.Form.NFKC);
        naam = naam.replace('\\', '/');
        naam = naam.substring(naam.lastIndexOf('/') + 1);
        StringBuilder schoon = new StringBuilder();
        naam.codePoints().forEach(c -> {
            int soortTeken = Character.getType(c);
            boolean onzichtbaar = soortTeken == Character.CONTROL || soortTeken == Character.FORMAT || soortTeken == Character.UNASSIGNED
                    || soortTeken == Character.PRIVATE_USE || soortTeken == Character.SURROGATE;
            if (!onzichtbaar && "<>:\"|?*".indexOf(c) < 0) {
                schoon.appendCodePoint(c);
            }
        });
        String stam = schoon.toString().strip();
        int punt = stam.lastIndexOf('.');
        if (punt >= 0) {
            stam = stam.substring(0, punt);
        }
        stam = stam.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (stam.isBlank()) {
            stam = "bestand";
        }
        String extensie = "." + soort.extensie().toLowerCase(Locale.ROOT);
        int ruimte = MAXIMAAL - extensie.length();
        if (stam.codePointCount(0, stam.length()) > ruimte) {
            stam = stam.substring(0, stam.offsetByCodePoints(0, ruimte)).strip();
        }
        return stam + extensie;
    }
}
