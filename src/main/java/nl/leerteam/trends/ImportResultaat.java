package nl.leerteam.trends;

/**
 * What an import did, all or nothing.
 *
 * @param geweigerd the file holds pupil rows: nothing was stored
 */
public record ImportResultaat(boolean geweigerd, int nieuw, int vervangen, int ongewijzigd) {
}
