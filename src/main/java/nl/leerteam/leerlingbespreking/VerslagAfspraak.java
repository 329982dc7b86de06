package nl.leerteam.leerlingbespreking;

import java.time.LocalDate;

/**
 * An agreement of a case discussion as the meeting's minutes carry it: what was agreed, the idea of the
 * leerteam it came from (if one was chosen), when it is evaluated and who carries it (the case's owner).
 */
public record VerslagAfspraak(String tekst, String idee, LocalDate evaluatiedatum, String eigenaarNaam) {
}
