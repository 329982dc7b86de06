package nl.leerteam.klassenbezoek;

/** A visit by the KC, or by a colleague (collegiale consultatie). */
public enum BezoekSoort {
    KC,
    COLLEGIAAL
}
