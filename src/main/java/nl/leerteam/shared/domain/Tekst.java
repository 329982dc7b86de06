package nl.leerteam.shared.domain;

import java.util.regex.Pattern;

/** Server-side checks for the short texts people type into forms. */
public final class Tekst {

    // Control characters (NUL and friends) and the bidi overrides and invisible characters that can
    // disguise what a text says; a zero-width joiner inside an emoji sequence is ordinary text.
    private static final Pattern VERBODEN = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200F\\uFEFF]");
    private static final int ZWJ = 0x200D;

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
        if (VERBODEN.matcher(zonderEmojiVerbindingen(waarde)).find()) {
            throw new InvoerFout(veld, "fout.onzichtbare-tekens");
        }
        return waarde;
    }

    /**
     * The text without the zero-width joiners that join emoji into one (👩‍🏫, 👨‍👩‍👧): between an emoji
     * (with its skin tone or presentation selector) and the next emoji, U+200D is part of the picture.
     */
    static String zonderEmojiVerbindingen(String waarde) {
        if (waarde.indexOf(ZWJ) < 0) {
            return waarde;
        }
        StringBuilder schoon = new StringBuilder(waarde.length());
        int[] tekens = waarde.codePoints().toArray();
        for (int i = 0; i < tekens.length; i++) {
            boolean verbindt = tekens[i] == ZWJ && i > 0 && i + 1 < tekens.length
                    && emojiDeel(tekens[i - 1]) && Character.isExtendedPictographic(tekens[i + 1]);
            if (!verbindt) {
                schoon.appendCodePoint(tekens[i]);
            }
        }
        return schoon.toString();
    }

    private static boolean emojiDeel(int teken) {
        return Character.isExtendedPictographic(teken) || Character.isEmojiModifier(teken) || teken == 0xFE0F;
    }
}
