package nl.leerteam.trends;

import nl.leerteam.shared.domain.Schooljaar;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape schools actually have: the group overview a pupil-tracking system exports to Excel or CSV,
 * one row per groep with the levels (counts or percentages) as columns, for one test at one moment. The
 * KC maps its columns once per school; Leerteam remembers the mapping and turns the file into its own
 * format, so every check of an import applies to it too.
 *
 * @param koppen   the file's column names, in order
 * @param voorbeeld the first rows as read, to recognise the columns by
 * @param indeling the mapping this school used last time, or {@code null}
 * @param leerlinggegevens the file has a column about pupils one by one: it is refused whole, and nothing of it is shown
 */
public record Groepsoverzicht(List<String> koppen, List<List<String>> voorbeeld, Indeling indeling, boolean leerlinggegevens) {

    /**
     * Which columns hold what, and what holds for the whole file.
     *
     * @param aantal      the column with the number of pupils; {@code null}: the sum of the level counts
     * @param gemiddelde  the column with the mean score, or {@code null}
     * @param niveaus     per level of {@code schaal}, the column that holds it (best level first for I–V and A–E)
     * @param percentages the level columns hold percentages of the group rather than counts (then {@code aantal} is needed)
     */
    public record Indeling(String groep, String aantal, String gemiddelde, List<String> niveaus, boolean percentages,
                           Schooljaar schooljaar, Meetmoment meetmoment, LocalDate afnamedatum, Vak vak, Aanbieder aanbieder,
                           String toets, Schaal schaal) {
    }
}
