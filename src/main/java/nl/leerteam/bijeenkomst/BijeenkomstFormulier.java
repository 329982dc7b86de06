package nl.leerteam.bijeenkomst;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting's plan as the form edits it; {@code version} is {@code null} for a new meeting. */
public record BijeenkomstFormulier(String titel, LocalDate datum, LocalTime begintijd, LocalTime eindtijd, String plaats,
                                   String onlineLink, UUID voorzitterId, UUID notulistId, Long version) {
}
