package nl.leerteam.bijeenkomst;

public enum BijeenkomstStatus {
    GEPLAND,
    BEZIG,
    AFGEROND
}
