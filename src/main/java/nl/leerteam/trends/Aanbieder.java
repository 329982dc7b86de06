package nl.leerteam.trends;

import java.util.Locale;
import java.util.Optional;

/** Who made the test; a change of provider breaks a trend line. */
public enum Aanbieder {
    CITO, BOOM, DIA, IEP, OVERIG;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<Aanbieder> vanCode(String tekst) {
        String code = Codes.normaal(tekst);
        for (Aanbieder aanbieder : values()) {
            if (aanbieder.code().equals(code)) {
                return Optional.of(aanbieder);
            }
        }
        return Optional.empty();
    }
}
