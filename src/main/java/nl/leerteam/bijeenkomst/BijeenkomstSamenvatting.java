package nl.leerteam.bijeenkomst;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

public record BijeenkomstSamenvatting(UUID id, String titel, LocalDate datum, LocalTime begintijd, LocalTime eindtijd,
                                      String plaats, BijeenkomstStatus status) {
}
