package nl.leerteam.leerlingbespreking;

public enum CasusStatus {
    OPEN,
    GEESCALEERD,
    GESLOTEN
}
