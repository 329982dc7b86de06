package nl.leerteam.trends;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A moment in a school's quality calendar: a test window (and whether its results came in), a trend
 * discussion, or the evaluation of an intervention.
 *
 * @param gesprekId the trend discussion it belongs to, if any
 */
public record Kalendermoment(LocalDate van, LocalDate tot, Soort soort, Stand stand, String titel, UUID gesprekId) {

    public enum Soort {
        TOETSVENSTER, TRENDGESPREK, EVALUATIE
    }

    /** GEPLAND: still to come; GEDAAN: done; ONTBREEKT: a window passed without results; TE_DOEN: due and not done. */
    public enum Stand {
        GEPLAND, GEDAAN, ONTBREEKT, TE_DOEN
    }
}
