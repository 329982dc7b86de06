package nl.leerteam.trends;

import java.time.LocalDate;
import java.time.Month;

/**
 * The two windows in which Dutch primary schools take their pupil-tracking tests: M in January and
 * February, E in May and June. An intervention's effect shows in the results of the first window after
 * it started, so its evaluation falls just after that window.
 */
public enum Toetsvenster {
    M(Month.JANUARY, Month.FEBRUARY), E(Month.MAY, Month.JUNE);

    private final Month eerste;
    private final Month laatste;

    Toetsvenster(Month eerste, Month laatste) {
        this.eerste = eerste;
        this.laatste = laatste;
    }

    public LocalDate begin(int jaar) {
        return LocalDate.of(jaar, eerste, 1);
    }

    public LocalDate einde(int jaar) {
        return LocalDate.of(jaar, laatste, 1).plusMonths(1).minusDays(1);
    }

    /**
     * The day after the first whole window that starts after {@code vanaf}: an intervention that starts
     * during a window cannot show in that window's results.
     */
    public static LocalDate evaluatieNa(LocalDate vanaf) {
        int jaar = vanaf.getYear();
        for (int j = jaar; ; j++) {
            for (Toetsvenster venster : values()) {
                if (venster.begin(j).isAfter(vanaf)) {
                    return venster.einde(j).plusDays(1);
                }
            }
        }
    }
}
