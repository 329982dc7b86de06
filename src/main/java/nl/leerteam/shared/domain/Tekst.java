package nl.leerteam.shared.domain;

import java.util.regex.Pattern;

/** Server-side checks for the short texts people type into forms. */
public final class Tekst {

    // Control characters (NUL and friends) and the bidi overrides that can disguise what a text says.
    private static final Pattern VERBODEN = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\uFEFF]");

    private Tekst() {
    }

    /** Trims and checks a required text of at most {@code max} characters. */
    public static String verplicht(String veld, String waarde, int max) {
        String schoon = waarde == null ? "" : waarde.strip();
        if (schoon.isEmpty()) {
            throw new InvoerFout(veld, "fout.verplicht");
        }
        return controleer(veld, schoon, max);
    }

    /** Trims and checks an optional text; blank becomes {@code null}. */
    public static String optioneel(String veld, String waarde, int max) {
        String schoon = waarde == null ? "" : waarde.strip();
        return schoon.isEmpty() ? null : controleer(veld, schoon, max);
    }

    private static String controleer(String veld, String waarde, int max) {
        if (waarde.length() > max) {
            throw new InvoerFout(veld, "fout.te-lang", max);
        }
        if (VERBODEN.matcher(waarde).find()) {
            throw new InvoerFout(veld, "fout.onzichtbare-tekens");
        }
        return waarde;
    }
}
