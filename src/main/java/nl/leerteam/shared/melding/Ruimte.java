package nl.leerteam.shared.melding;

/** The spaces of Leerteam, each with its own choice of digest: a person chooses per space how often they hear. */
public enum Ruimte {
    LEERTEAM, KLASSENBEZOEK, TRENDS, PLATFORM
}
