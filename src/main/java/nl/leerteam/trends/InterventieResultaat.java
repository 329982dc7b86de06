package nl.leerteam.trends;

/** What the evaluation of an intervention saw. */
public enum InterventieResultaat {
    WERKT, DEELS, WERKT_NIET
}
