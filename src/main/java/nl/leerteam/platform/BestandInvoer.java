package nl.leerteam.platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What is said about a file of the studiedag library: its title, what it is, its themes and the studiedag it was made for. */
public record BestandInvoer(String titel, String beschrijving, List<UUID> themas, String studiedag, LocalDate studiedagDatum) {

    public BestandInvoer {
        themas = themas == null ? List.of() : List.copyOf(themas);
    }
}
