package nl.leerteam.leerlingbespreking;

/** Where a factor of the analysis round sits: for the child or its environment, helping or hindering. */
public enum Factor {
    KIND_STIMULEREND,
    KIND_BELEMMEREND,
    OMGEVING_STIMULEREND,
    OMGEVING_BELEMMEREND
}
