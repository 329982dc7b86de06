package nl.leerteam.klassenbezoek;

import java.util.UUID;

/** Where a kijkwijzer applies: one school, or the whole board when {@code schoolId} is {@code null}. */
public record KijkwijzerPlek(UUID schoolId, String schoolNaam) {
}
