package nl.leerteam.organisatie;

/**
 * How long a board keeps what Leerteam removes by itself: closed cases and finished classroom visits (months, the board's
 * choice), and how long an invitation link works (days, the installation's setting).
 */
public record Bewaartermijnen(int casusMaanden, int bezoekMaanden, long uitnodigingDagen) {
}
