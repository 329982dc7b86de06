package nl.leerteam.trends;

/** Where a hypothesis of a trend discussion stands: open until the evidence decides it. */
public enum HypotheseStatus {
    OPEN, BEVESTIGD, VERWORPEN
}
