package nl.leerteam.privacy;

import java.text.Normalizer;
import java.util.Map;

/**
 * A text as the guard reads it, with the way back to where each character stood in what was typed. Full-width and other
 * compatibility forms become their plain form (Unicode NFKC: "２０１７" is "2017", "＠" is "@"), letters from other
 * scripts that look like Latin ones become those (a Cyrillic "а" in "Јір"), all dashes become "-", and characters that
 * show nothing (zero-width spaces, soft hyphens) are left out. So a BSN, a phone number or a name cannot slip past the
 * guard in disguise, while a finding still marks the characters the person typed.
 */
final class Normaaltekst {

    /** Letters of Cyrillic and Greek that look like Latin ones, as they are used to disguise a word. */
    private static final Map<Character, Character> LOOKALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('ԁ', 'd'), Map.entry('ո', 'n'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ι', 'i'),
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'),
            Map.entry('Н', 'H'), Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('Х', 'X'), Map.entry('І', 'I'), Map.entry('Ј', 'J'), Map.entry('Ѕ', 'S'), Map.entry('Α', 'A'),
            Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Ζ', 'Z'), Map.entry('Η', 'H'), Map.entry('Ι', 'I'),
            Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ο', 'O'), Map.entry('Ρ', 'P'),
            Map.entry('Τ', 'T'), Map.entry('Υ', 'Y'), Map.entry('Χ', 'X'));

    private final String tekst;
    /** For each character of {@link #tekst}: where it started in the original. */
    private final int[] van;
    /** For each character of {@link #tekst}: where it ended in the original. */
    private final int[] tot;

    private Normaaltekst(String tekst, int[] van, int[] tot) {
        this.tekst = tekst;
        this.van = van;
        this.tot = tot;
    }

    static Normaaltekst van(String origineel) {
        StringBuilder uit = new StringBuilder(origineel.length());
        int[] van = new int[origineel.length() * 2 + 4];
        int[] tot = new int[van.length];
        int i = 0;
        while (i < origineel.length()) {
            int codepoint = origineel.codePointAt(i);
            int volgende = i + Character.charCount(codepoint);
            String vorm = vorm(codepoint);
            for (int k = 0; k < vorm.length(); k++) {
                if (uit.length() >= van.length) {
                    van = java.util.Arrays.copyOf(van, van.length * 2);
                    tot = java.util.Arrays.copyOf(tot, tot.length * 2);
                }
                van[uit.length()] = i;
                tot[uit.length()] = volgende;
                uit.append(vorm.charAt(k));
            }
            i = volgende;
        }
        return new Normaaltekst(uit.toString(), van, tot);
    }

    private static String vorm(int codepoint) {
        if (codepoint == 0x00AD || codepoint == 0x200B || codepoint == 0x200C || codepoint == 0x200D || codepoint == 0x2060
                || codepoint == 0xFEFF) {
            return "";
        }
        if (codepoint == 0x2010 || codepoint == 0x2011 || codepoint == 0x2012 || codepoint == 0x2013 || codepoint == 0x2014
                || codepoint == 0x2212 || codepoint == 0xFE63 || codepoint == 0xFF0D) {
            return "-";
        }
        if (codepoint == 0x2019 || codepoint == 0x2018 || codepoint == 0x02BC || codepoint == 0xFF07) {
            return "'";
        }
        if (codepoint < 0x80) {
            return Character.toString(codepoint);
        }
        Character lijkt = codepoint <= 0xFFFF ? LOOKALIKES.get((char) codepoint) : null;
        if (lijkt != null) {
            return lijkt.toString();
        }
        String nfkc = Normalizer.normalize(Character.toString(codepoint), Normalizer.Form.NFKC);
        // a letter with a diacritic stays as it is (NFKC keeps "ë"); only compatibility forms change
        return nfkc.isEmpty() ? Character.toString(codepoint) : nfkc;
    }

    String tekst() {
        return tekst;
    }

    /** The finding at {@code [start, end)} of the normal text, on the characters of the original. */
    PrivacyFinding terug(PrivacyFinding f) {
        return new PrivacyFinding(f.kind(), van[f.start()], tot[f.end() - 1], f.blocking());
    }
}
