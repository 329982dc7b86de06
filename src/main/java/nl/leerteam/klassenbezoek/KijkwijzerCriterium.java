package nl.leerteam.klassenbezoek;

import java.util.UUID;

/** A criterion of the latest version of a kijkwijzer, as another part of Leerteam may name it. */
public record KijkwijzerCriterium(UUID id, String kijkwijzer, String domein, String tekst) {
}
