package nl.leerteam.platform;

/**
 * Where a practice card stands: a concept is visible to its school only; a card in review to its school and
 * the board's other KCs; a published card to the whole board, until its review-by date passes (verouderd)
 * and its owner confirms or updates it.
 */
public enum KaartStand {
    CONCEPT, TER_REVIEW, GEPUBLICEERD, VEROUDERD
}
