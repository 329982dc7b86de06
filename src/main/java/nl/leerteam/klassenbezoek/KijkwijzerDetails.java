package nl.leerteam.klassenbezoek;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A kijkwijzer with the version shown and the list of all its versions, newest first.
 */
public record KijkwijzerDetails(UUID id, String naam, UUID schoolId, String schoolNaam, boolean magWijzigen,
                                Versie getoond, KijkwijzerInhoud inhoud, List<Versie> versies, long version) {

    public record Versie(UUID id, int nummer, boolean gebruikt, Instant aangemaakt) {
    }
}
