package nl.leerteam.bijeenkomst;

/**
 * A leerlingbespreking of one case, a free topic, or a trend discussion of the school; and on the agenda of the
 * board's KC-platform, a practice card, a question to peers, or the board's schools' results side by side.
 */
public enum AgendapuntSoort {
    CASUS,
    ONDERWERP,
    TRENDGESPREK,
    PRAKTIJKKAART,
    PLATFORMVRAAG,
    TRENDVERGELIJKING;

    /** What a leerteam puts on its agenda. */
    public static final java.util.List<AgendapuntSoort> LEERTEAM = java.util.List.of(ONDERWERP, CASUS, TRENDGESPREK);
    /** What the KC-platform puts on its agenda. */
    public static final java.util.List<AgendapuntSoort> KC_PLATFORM = java.util.List.of(ONDERWERP, PRAKTIJKKAART, PLATFORMVRAAG,
            TRENDVERGELIJKING);
}
