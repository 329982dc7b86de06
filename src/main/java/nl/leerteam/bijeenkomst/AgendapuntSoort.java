package nl.leerteam.bijeenkomst;

/** A leerlingbespreking of one case, a free topic, or a trend discussion of the school. */
public enum AgendapuntSoort {
    CASUS,
    ONDERWERP,
    TRENDGESPREK
}
