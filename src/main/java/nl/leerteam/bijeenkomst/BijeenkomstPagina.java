package nl.leerteam.bijeenkomst;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as one person sees it, in parts that change on their own: the header, the agenda with
 * the proposals and the open action items beside it, the minutes of each item, and who is present.
 */
public record BijeenkomstPagina(UUID id, Kop kop, Agenda agenda, Voorstellen voorstellen, OpenActiepunten openActiepunten,
                                Verslag verslag, Aanwezig aanwezig) {

    /**
     * @param leden the leerteam's members, who can be facilitator and note taker
     */
    public record Kop(UUID leerteamId, String leerteamNaam, BijeenkomstFormulier plan, BijeenkomstStatus status,
                      String voorzitterNaam, String notulistNaam, boolean magWijzigen, boolean magStarten,
                      boolean magAfronden, List<Persoon> leden) {
    }

    /**
     * @param huidigId the item the facilitator is on, or {@code null}
     * @param schikken whether the reader may add, move and remove items
     * @param leiden   whether the reader leads the running meeting: choosing an item moves everybody there
     */
    /** @param verwijderen whether the reader is facilitator or note taker of a meeting that has not ended: takes items off and puts them back */
    /** @param soorten what may be put on this meeting's agenda: a leerteam's kinds, or the KC-platform's */
    public record Agenda(List<Regel> punten, UUID huidigId, boolean schikken, boolean leiden, boolean verwijderen,
                         List<AgendapuntSoort> soorten) {

        public record Regel(UUID id, AgendapuntSoort soort, String titel, long version) {
        }
    }

    /** Members' proposals for the agenda, for members of a meeting that has not ended. */
    /**
     * @param schikken whether the reader puts them on the agenda (a member)
     * @param alsKaart whether the reader may start a practice card from one (a KC of the school, who reads along)
     */
    public record Voorstellen(List<BijeenkomstDetails.Voorstel> voorstellen, boolean schikken, boolean alsKaart) {

        public Voorstellen(List<BijeenkomstDetails.Voorstel> voorstellen) {
            this(voorstellen, true, false);
        }
    }

    /** The action items of earlier meetings that are open (or were ticked off in this one). */
    public record OpenActiepunten(List<BijeenkomstDetails.Actiepunt> actiepunten, boolean afvinken) {
    }

    /**
     * The minutes of every item; the page shows one.
     *
     * @param schrijf whether the reader writes the minutes now
     */
    public record Verslag(List<BijeenkomstDetails.Agendapunt> punten, boolean lid, boolean schrijf, LocalDate datum,
                          List<Persoon> leden) {
    }

    public record Aanwezig(List<Persoon> personen) {
    }
}
