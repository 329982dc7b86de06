package nl.leerteam.trends;

import java.util.Locale;
import java.util.Optional;

/** The subjects the Dutch pupil tracking systems test, as their files name them. */
public enum Vak {
    REKENEN_WISKUNDE, BEGRIJPEND_LEZEN, TECHNISCH_LEZEN, SPELLING;

    /** How a file writes it: {@code rekenen-wiskunde}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Vak> vanCode(String tekst) {
        String code = Codes.normaal(tekst);
        for (Vak vak : values()) {
            if (Codes.normaal(vak.code()).equals(code)) {
                return Optional.of(vak);
            }
        }
        return Optional.empty();
    }
}
