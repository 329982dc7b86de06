package nl.leerteam.leerlingbespreking;

/** A message in an escalation: the KC asks and advises, the owner answers. */
public enum BerichtSoort {
    VRAAG,
    ANTWOORD,
    ADVIES
}
