package nl.leerteam.trends;

import java.util.List;

/**
 * What the dry run says about a line of a results file (line 0: the file as a whole).
 *
 * @param kolom  the column as the file names it, or empty
 * @param key    the i18n key of the reason; {@code params} fill it in
 */
public record ImportMelding(int regel, String kolom, Ernst ernst, String key, List<String> params) {

    public enum Ernst {
        /** The file cannot be imported while this stands. */
        FOUT,
        /** Read, with an assumption the person should check. */
        WAARSCHUWING
    }

    public ImportMelding {
        params = List.copyOf(params);
    }

    static ImportMelding fout(int regel, String kolom, String key, Object... params) {
        return new ImportMelding(regel, kolom, Ernst.FOUT, key, tekst(params));
    }

    static ImportMelding waarschuwing(int regel, String kolom, String key, Object... params) {
        return new ImportMelding(regel, kolom, Ernst.WAARSCHUWING, key, tekst(params));
    }

    private static List<String> tekst(Object... params) {
        return java.util.Arrays.stream(params).map(String::valueOf).toList();
    }
}
