package nl.leerteam.trends;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When in the school year a test was taken: begin (B, August–November), midden (M, December–March)
 * and eind (E, April–July). B results are stored but are not a point of the usual trend.
 */
public enum Meetmoment {
    B, M, E;

    /** The moment a test date belongs to. */
    public static Meetmoment van(LocalDate datum) {
        int maand = datum.getMonthValue();
        if (maand >= 8 && maand <= 11) {
            return B;
        }
        return maand == 12 || maand <= 3 ? M : E;
    }

    static Optional<Meetmoment> vanCode(String tekst) {
        return switch (Codes.normaal(tekst)) {
            case "b", "begin" -> Optional.of(B);
            case "m", "midden" -> Optional.of(M);
            case "e", "eind" -> Optional.of(E);
            default -> Optional.empty();
        };
    }
}
