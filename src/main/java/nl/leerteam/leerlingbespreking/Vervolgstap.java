package nl.leerteam.leerlingbespreking;

/** What the KC decides after an escalation. */
public enum Vervolgstap {
    /** The case goes back to the leerteam for another round. */
    NIEUWE_RONDE,
    KLASSENBEZOEK,
    /** Help outside Leerteam; recorded as a kind and a date, never with an identity. */
    VERWIJZING
}
