package nl.leerteam.klassenbezoek;

import java.util.List;
import java.util.UUID;

/**
 * The domains and criteria of one version of a kijkwijzer: also the exchange format between
 * schools (JSON with {@code formaat} = {@value #FORMAAT}).
 *
 * @param id a criterion's id stays the same from version to version; {@code null} in an import
 */
public record KijkwijzerInhoud(String formaat, String naam, String omschrijving, List<Domein> domeinen) {

    public static final String FORMAAT = "leerteam-kijkwijzer-1";

    public record Domein(String naam, List<Criterium> criteria) {
    }

    public record Criterium(UUID id, String tekst, String toelichting) {
    }

    public int aantalCriteria() {
        return domeinen.stream().mapToInt(d -> d.criteria().size()).sum();
    }
}
