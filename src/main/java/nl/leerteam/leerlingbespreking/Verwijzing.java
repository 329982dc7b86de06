package nl.leerteam.leerlingbespreking;

/** The kinds of help outside Leerteam a KC can refer to. */
public enum Verwijzing {
    ONDERZOEK,
    SAMENWERKINGSVERBAND,
    JEUGDHULP,
    SCHOOLMAATSCHAPPELIJK_WERK,
    LOGOPEDIE,
    FYSIOTHERAPIE,
    ANDERS
}
