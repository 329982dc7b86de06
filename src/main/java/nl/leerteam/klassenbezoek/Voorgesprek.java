package nl.leerteam.klassenbezoek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What teacher and observer agree before the visit.
 *
 * @param tijd  the time of day the lesson starts, or {@code null} while it is not known
 * @param focus the chosen criteria of the kijkwijzer version, at most {@link KlassenbezoekService#MAX_FOCUS}
 */
public record Voorgesprek(LocalDate datum, LocalTime tijd, String leervraag, String les, Integer groep, UUID kijkwijzerVersieId,
                          List<UUID> focus, Long version) {
}
