package nl.leerteam.trends;

/**
 * What an ambition measures: the share of pupils on or above the middle of a five-level scale (I–III,
 * A–C), at 1F or higher, or at 1S/2F (the referentieniveaus the inspectie looks at).
 */
public enum Maat {
    BOVEN_MIDDEN, REF_1F, REF_1S2F;

    /** Whether results on this scale can be held against this measure. */
    public boolean past(Schaal schaal) {
        return this == BOVEN_MIDDEN ? schaal == Schaal.IV || schaal == Schaal.AE : schaal == Schaal.REF;
    }
}
