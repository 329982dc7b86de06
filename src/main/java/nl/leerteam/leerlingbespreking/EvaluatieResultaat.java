package nl.leerteam.leerlingbespreking;

/** How an agreement worked out, as its owner judges it on the evaluation date. */
public enum EvaluatieResultaat {
    GENOEG,
    NIET_GENOEG
}
