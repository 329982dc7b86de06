package nl.leerteam.platform;

/** How a card's results are known. */
public enum Bewijs {
    ANEKDOTE, PRAKTIJKDATA, ONDERZOEK
}
