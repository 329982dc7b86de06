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

    /** How the moment reads, on the page and in a calendar program, which cannot show the page's badges. */
    public String omschrijving(java.util.function.BiFunction<String, Object[], String> vertaal) {
        return switch (soort) {
            case TOETSVENSTER -> vertaal.apply("kalender.venster." + titel.toLowerCase(java.util.Locale.ROOT), new Object[0])
                    + (stand == Stand.GEDAAN ? " · " + vertaal.apply("kalender.stand.geimporteerd", new Object[0])
                    : stand == Stand.ONTBREEKT ? " · " + vertaal.apply("kalender.stand.ontbreekt", new Object[0]) : "");
            case TRENDGESPREK -> vertaal.apply("kalender.trendgesprek", new Object[]{titel});
            case EVALUATIE -> vertaal.apply("kalender.evaluatie", new Object[]{titel});
        };
    }

    /** GEPLAND: still to come; GEDAAN: done; ONTBREEKT: a window passed without results; TE_DOEN: due and not done. */
    public enum Stand {
        GEPLAND, GEDAAN, ONTBREEKT, TE_DOEN
    }
}
