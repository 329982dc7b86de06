package nl.leerteam.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A practice card in a list. */
public record KaartSamenvatting(UUID id, String titel, Domein domein, List<String> themas, KaartStand stand, String schoolNaam,
                                String eigenaarNaam, LocalDate herzienVoor) {
}
