package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.Schooljaar;

import java.util.List;
import java.util.UUID;

/**
 * What a school's classroom visits show per criterion over a fixed period: counts only, never per
 * teacher, and every number under the rule of {@link KleineAantallen} ({@code null} where it hides one).
 *
 * @param aantalBezoeken the observed visits of the school in the period; {@code null} when fewer than the minimum
 */
public record Schoolbeeld(UUID schoolId, String schoolNaam, Schooljaar schooljaar, Schooljaar.Periode periode,
                          Long aantalBezoeken, List<Criterium> criteria) {

    /** @param bezoeken in how many visits the criterion was observed; the other numbers are parts of it */
    public record Criterium(UUID criteriumId, String domein, String tekst, long bezoeken, Long gezien, Long deels,
                            Long nietGezien, Long nvt) {
    }
}
