package nl.leerteam.bijeenkomst;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as the people in it see it.
 *
 * @param openActiepunten the action items of earlier meetings that are still open (or were ticked off in this one)
 * @param aanwezig        who has the meeting open right now
 * @param deelnemers      who has been in the meeting (for the minutes)
 * @param voorstellen     proposals of members for the agenda, waiting to be put on one
 */
public record BijeenkomstDetails(UUID id, UUID leerteamId, String leerteamNaam, String schoolNaam, BijeenkomstFormulier plan,
                                 BijeenkomstStatus status, String voorzitterNaam, String notulistNaam, UUID huidigAgendapuntId,
                                 boolean ikBenVoorzitter, boolean ikNotuleer, boolean ikBenLid, List<Agendapunt> agenda,
                                 List<Actiepunt> openActiepunten, List<Persoon> aanwezig, List<Persoon> deelnemers,
                                 List<Persoon> leden, List<Voorstel> voorstellen) {

    /** Whether this person writes the notes, decisions and action items. */
    public boolean ikSchrijf() {
        return ikBenVoorzitter || ikNotuleer;
    }

    public long version() {
        return plan.version();
    }

    /** @param trendgesprekId the trend discussion an item of that kind runs, else {@code null} */
    /** @param verwijzing the path of the page of the card or question the item is about, or null */
    public record Agendapunt(UUID id, AgendapuntSoort soort, UUID casusId, UUID trendgesprekId, String verwijzing, String titel,
                             String notities,
                             List<Besluit> besluiten, List<Actiepunt> actiepunten, long version) {
    }

    public record Besluit(UUID id, String tekst) {
    }

    /** An item taken off the agenda, kept to be put back. */
    public record VerwijderdPunt(UUID id, String titel, java.time.Instant verwijderd) {
    }

    public record Actiepunt(UUID id, String tekst, UUID eigenaarId, String eigenaarNaam, LocalDate deadline,
                            boolean afgerond, long version) {
    }

    /** An open case of the leerteam that can go on the agenda. */
    public record CasusKeuze(UUID casusId, String pseudoniem, int groep) {
    }

    public record Voorstel(UUID id, String titel, String toelichting, String doorNaam) {
    }
}
