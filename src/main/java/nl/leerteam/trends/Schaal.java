package nl.leerteam.trends;

import java.util.List;
import java.util.Optional;

/**
 * How a test reports its levels, with the codes of Edustandaard's OSO list where there is one: I–V
 * (five bands of 20 % of the national jaargroep), the older A–E (25/25/25/15/10 %; C is below
 * average), the referentieniveaus (below 1F, 1F, 1S/2F), or a percentage correct without levels. A
 * change of scale breaks a trend line: levels of two scales are never compared or averaged.
 */
public enum Schaal {
    IV(List.of("I", "II", "III", "IV", "V")),
    AE(List.of("A", "B", "C", "D", "E")),
    REF(List.of("<1F", "1F", "1S/2F")),
    PCT(List.of());

    private final List<String> niveaus;

    Schaal(List<String> niveaus) {
        this.niveaus = niveaus;
    }

    /** The level columns of this scale, best first for I–V and A–E, lowest first for the referentieniveaus. */
    public List<String> niveaus() {
        return niveaus;
    }

    static Optional<Schaal> vanCode(String tekst) {
        return switch (Codes.normaal(tekst)) {
            case "iv", "i-v", "romeins" -> Optional.of(IV);
            case "ae", "a-e" -> Optional.of(AE);
            case "ref", "rntrm", "referentieniveau", "referentieniveaus" -> Optional.of(REF);
            case "pct", "percentage", "%" -> Optional.of(PCT);
            default -> Optional.empty();
        };
    }
}
