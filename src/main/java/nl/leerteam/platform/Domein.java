package nl.leerteam.platform;

/** The KC's three domains a practice card belongs to. */
public enum Domein {
    LEERCOORDINATOR, TRENDANALIST, ZORGREGISSEUR
}
