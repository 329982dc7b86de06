package nl.leerteam.shared.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Dutch school year, from 1 August to 31 July, and its two halves (August–January and
 * February–July, the rhythm of the mid-year and end-of-year tests). Figures about people are shown
 * over these fixed periods only, never over a window someone chooses: two chosen windows that differ
 * by a day would single out what happened on that day.
 */
public record Schooljaar(int beginjaar) implements Comparable<Schooljaar> {

    public enum Periode {
        SCHOOLJAAR, EERSTE_HELFT, TWEEDE_HELFT
    }

    public static Schooljaar van(LocalDate datum) {
        return new Schooljaar(datum.getMonthValue() >= Month.AUGUST.getValue() ? datum.getYear() : datum.getYear() - 1);
    }

    public LocalDate eersteDag() {
        return LocalDate.of(beginjaar, Month.AUGUST, 1);
    }

    public LocalDate laatsteDag() {
        return LocalDate.of(beginjaar + 1, Month.JULY, 31);
    }

    public LocalDate van(Periode periode) {
        return periode == Periode.TWEEDE_HELFT ? LocalDate.of(beginjaar + 1, Month.FEBRUARY, 1) : eersteDag();
    }

    public LocalDate tot(Periode periode) {
        return periode == Periode.EERSTE_HELFT ? LocalDate.of(beginjaar + 1, Month.JANUARY, 31) : laatsteDag();
    }

    public Schooljaar vorige() {
        return new Schooljaar(beginjaar - 1);
    }

    /** As schools write it: {@code 2025-2026}. */
    @Override
    public String toString() {
        return beginjaar + "-" + (beginjaar + 1);
    }

    @Override
    public int compareTo(Schooljaar ander) {
        return Integer.compare(beginjaar, ander.beginjaar);
    }
}
