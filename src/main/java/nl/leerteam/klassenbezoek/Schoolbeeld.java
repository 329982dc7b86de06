package nl.leerteam.klassenbezoek;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a school's classroom visits show per criterion over a period: counts only, never per
 * teacher, and only for criteria observed in at least {@link SchoolbeeldService#MINIMUM_BEZOEKEN} visits.
 *
 * @param aantalBezoeken the observed visits of the school in the period
 */
public record Schoolbeeld(UUID schoolId, String schoolNaam, LocalDate van, LocalDate tot, long aantalBezoeken,
                          List<Criterium> criteria) {

    public record Criterium(UUID criteriumId, String domein, String tekst, long bezoeken, long gezien, long deels,
                            long nietGezien, long nvt) {
    }
}
