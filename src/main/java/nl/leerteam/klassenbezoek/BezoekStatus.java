package nl.leerteam.klassenbezoek;

/** The steps of a classroom-visit cycle, in order. */
public enum BezoekStatus {
    GEPLAND,
    VOORGESPREK,
    OBSERVATIE,
    NAGESPREK,
    AFGEROND
}
