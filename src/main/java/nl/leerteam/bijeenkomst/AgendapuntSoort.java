package nl.leerteam.bijeenkomst;

/** A leerlingbespreking of one case, or a free topic. */
public enum AgendapuntSoort {
    CASUS,
    ONDERWERP
}
