package nl.leerteam.klassenbezoek;

/** What the observer saw of a focus criterion: descriptive, never a grade. */
public enum Waarneming {
    GEZIEN,
    DEELS,
    NIET_GEZIEN,
    NVT
}
