package nl.leerteam.organisatie;

/**
 * What a school's privacy statement is generated from: the school, its board (which decides about the data) and the
 * board's actual retention periods.
 *
 * @param minimumAantal the smallest number of visits or pupils a shown figure rests on
 */
public record Privacyverklaring(String schoolNaam, String bestuurNaam, Bewaartermijnen termijnen, int minimumAantal) {
}
