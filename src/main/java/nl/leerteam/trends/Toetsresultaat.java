package nl.leerteam.trends;

import nl.leerteam.shared.domain.Schooljaar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One aggregate result: how a jaargroep of a school did on one test at one moment of a school year.
 * Counts, never pupils.
 *
 * @param groep       the group's own label (for example {@code 3/4}), context only
 * @param gemiddelde  the mean score on the test's own scale, or the mean percentage correct; may be absent
 * @param niveaus     how many pupils per level, in the order of {@link Schaal#niveaus()}; empty for a percentage
 */
public record Toetsresultaat(Schooljaar schooljaar, Meetmoment meetmoment, LocalDate afnamedatum, int jaargroep, String groep,
                             Vak vak, Aanbieder aanbieder, String toets, Schaal schaal, int aantal, BigDecimal gemiddelde,
                             List<Integer> niveaus, String toelichting) {

    public Toetsresultaat {
        niveaus = List.copyOf(niveaus);
    }

    /** What one result is of: a second row with the same key is the same result. */
    public record Sleutel(int schooljaar, Meetmoment meetmoment, int jaargroep, Vak vak, String toets) {
    }

    public Sleutel sleutel() {
        return new Sleutel(schooljaar.beginjaar(), meetmoment, jaargroep, vak, toets);
    }
}
