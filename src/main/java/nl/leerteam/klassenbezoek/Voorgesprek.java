package nl.leerteam.klassenbezoek;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What teacher and observer agree before the visit.
 *
 * @param focus the chosen criteria of the kijkwijzer version, at most {@link KlassenbezoekService#MAX_FOCUS}
 */
public record Voorgesprek(LocalDate datum, String leervraag, String les, Integer groep, UUID kijkwijzerVersieId,
                          List<UUID> focus, Long version) {
}
