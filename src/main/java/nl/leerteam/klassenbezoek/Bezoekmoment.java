package nl.leerteam.klassenbezoek;

import java.time.LocalTime;
import java.util.function.BiFunction;

/** When a visit is, as the screens and the report write it: the day, and its time once teacher and observer know it. */
public final class Bezoekmoment {

    /** The earliest and latest start of a visit: a lesson, not an evening meeting. */
    public static final LocalTime VROEGST = LocalTime.of(7, 0);
    public static final LocalTime LAATST = LocalTime.of(18, 0);

    private Bezoekmoment() {
    }

    /** @param dag the day as the place that shows it writes days ("morgen", "dinsdag 8 december 2026") */
    public static String tekst(String dag, LocalTime tijd, BiFunction<String, Object[], String> tekst) {
        return tijd == null ? dag : tekst.apply("bezoek.dag-om", new Object[]{dag, tijd});
    }
}
