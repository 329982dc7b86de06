package nl.leerteam.klassenbezoek;

import java.util.UUID;

/**
 * @param versieId   the latest version, the one a new visit uses
 * @param schoolNaam {@code null} for a kijkwijzer of the whole board
 */
public record KijkwijzerSamenvatting(UUID id, UUID versieId, String naam, UUID schoolId, String schoolNaam, int versie, int aantalDomeinen,
                                     int aantalCriteria, boolean magWijzigen) {
}
