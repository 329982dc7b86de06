package nl.leerteam.shared.zoeken;

import java.util.List;

/**
 * One module's searchable things. Each source answers with one query over its own tables, with the person's access in
 * that query, best first; only what is saved is searched (a generated tsvector per table).
 */
public interface Zoekbron {

    /** The kind of result, such as {@code CASUS}. */
    String soort();

    List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens);

    /**
     * A result from a source's row, which names its columns {@code id}, {@code titel}, {@code moment} (a timestamp),
     * {@code rang} and {@code fragment}; it opens at {@code pad} followed by its id.
     */
    static org.springframework.jdbc.core.RowMapper<Zoekresultaat> rij(String soort, String pad) {
        return (rij, i) -> {
            java.util.UUID id = rij.getObject("id", java.util.UUID.class);
            return new Zoekresultaat(soort, id, rij.getString("titel"), rij.getString("fragment"),
                    rij.getTimestamp("moment").toInstant(), rij.getDouble("rang"), pad + id);
        };
    }

    /**
     * The SQL of a snippet: {@code ts_headline} over at most 2,500 characters of {@code tekst} (a longer text makes it
     * slow), the marks of {@link Zoekresultaat} taken out of the text first, so a found word is the only thing marked.
     */
    static String fragment(String tekst) {
        return "ts_headline('dutch', left(translate(" + tekst + ", chr(2) || chr(3), ''), 2500), q, "
                + "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxFragments=2, MaxWords=18, MinWords=6, "
                + "FragmentDelimiter=\" … \"')";
    }
}
