package nl.leerteam.klassenbezoek;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

public record BezoekSamenvatting(UUID id, LocalDate datum, LocalTime tijd, BezoekStatus status, BezoekSoort soort, String leerkrachtNaam,
                                 String observatorNaam, boolean ikBenLeerkracht, String leervraag) {
}
