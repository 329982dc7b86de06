package nl.leerteam.trends;

import java.util.UUID;

/**
 * The story behind a number: a note on one point of the school's results ("two new pupils from abroad
 * in groep 5"), seen by everybody of the school beside that point.
 *
 * @param magVerwijderen whether the reader may take it away: its author, or a KC or the director of the school
 */
public record Trendnotitie(UUID id, Vak vak, int jaargroep, Meetmoment meetmoment, String tekst, String auteurNaam,
                           boolean magVerwijderen) {
}
