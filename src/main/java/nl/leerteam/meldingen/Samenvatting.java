package nl.leerteam.meldingen;

/** How often the digest of a space comes. */
public enum Samenvatting {
    GEEN, DAGELIJKS, WEKELIJKS
}
