package nl.leerteam.klassenbezoek;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A visit as its teacher and observer see it (nobody else ever does). */
public record BezoekDetails(UUID id, BezoekStatus status, BezoekSoort soort, LocalDate datum, LocalTime tijd, String leerkrachtNaam,
                            String observatorNaam, boolean ikBenLeerkracht, boolean ikBenObservator, String leervraag,
                            String les, Integer groep, UUID kijkwijzerVersieId, String kijkwijzerNaam, List<Focus> focus,
                            List<Notitie> notities, String watGingGoed, String feedforward, String reflectie,
                            String ontwikkeldoel, UUID vervolgVanId, UUID casusId, long version) {

    public record Focus(UUID criteriumId, String domein, String tekst, String toelichting, Waarneming waarneming,
                        String notitie) {
    }

    public record Notitie(Instant tijdstip, String tekst) {
    }
}
