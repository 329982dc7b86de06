package nl.leerteam.klassenbezoek;

import java.util.UUID;

/**
 * @param schoolNaam {@code null} for a kijkwijzer of the whole board
 */
public record KijkwijzerSamenvatting(UUID id, String naam, UUID schoolId, String schoolNaam, int versie, int aantalDomeinen,
                                     int aantalCriteria, boolean magWijzigen) {
}
