package nl.leerteam.trends;

import nl.leerteam.shared.domain.Schooljaar;

import java.util.List;

/**
 * The board's view across its schools: per school and jaargroep how many pupils took the test and what
 * share is on or above the middle, for one subject at one moment of a school year. A group of
 * {@link BestuursTrendService#GROEP_GRENS} pupils or fewer is never shown, nor any cell from which such
 * a group could be worked out with the totals.
 *
 * @param jaargroepen the columns
 * @param scholen     one line per school of the board
 * @param bestuur     the board's totals per jaargroep
 */
public record Bestuursoverzicht(Schooljaar schooljaar, List<Schooljaar> jaren, Vak vak, Meetmoment meetmoment,
                                List<Integer> jaargroepen, List<Regel> scholen, Regel bestuur) {

    /** @param totaal the line over all its jaargroepen */
    public record Regel(String naam, List<Cel> cellen, Cel totaal) {
    }

    /**
     * @param aantal  the pupils; {@code null} when hidden, 0 when the school has no result there
     * @param aandeel the share (0–100) on or above the middle; {@code null} when hidden or not to be said
     */
    public record Cel(Long aantal, Double aandeel) {

        public boolean verborgen() {
            return aantal == null;
        }
    }
}
