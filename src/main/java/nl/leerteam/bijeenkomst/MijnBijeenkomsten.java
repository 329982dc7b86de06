package nl.leerteam.bijeenkomst;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What of the meetings waits for a person: the running and next meetings of their circles with their role
 * in them, and their own open action items, the first deadline first.
 */
public record MijnBijeenkomsten(List<Komend> komend, List<Actiepunt> actiepunten, LocalDate vandaag) {

    public record Komend(UUID id, String titel, String kringNaam, LocalDate datum, LocalTime begintijd, LocalTime eindtijd,
                         BijeenkomstStatus status, boolean voorzitter, boolean notulist) {
    }

    public record Actiepunt(UUID id, String tekst, LocalDate deadline, UUID bijeenkomstId, String kringNaam) {

        public boolean verlopen(LocalDate vandaag) {
            return deadline.isBefore(vandaag);
        }
    }
}
