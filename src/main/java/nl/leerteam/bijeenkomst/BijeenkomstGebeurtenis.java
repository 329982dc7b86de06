package nl.leerteam.bijeenkomst;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.UUID;

/**
 * What happens to meetings, their agendas and minutes. Ids only; {@code BijeenkomstListener} turns
 * each into the live updates of the meetings that show it.
 */
public sealed interface BijeenkomstGebeurtenis extends Gebeurtenis {

    record BijeenkomstGepland(UUID bijeenkomstId, UUID leerteamId) implements BijeenkomstGebeurtenis {
    }

    record BijeenkomstGewijzigd(UUID bijeenkomstId) implements BijeenkomstGebeurtenis {
    }

    record BijeenkomstGestart(UUID bijeenkomstId) implements BijeenkomstGebeurtenis {
    }

    record NaarAgendapuntGegaan(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    record BijeenkomstAfgerond(UUID bijeenkomstId) implements BijeenkomstGebeurtenis {
    }

    record AgendapuntToegevoegd(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    record AgendapuntVerwijderd(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    /** An item taken off the agenda was put back, with what was written on it. */
    record AgendapuntHersteld(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    record AgendapuntVerplaatst(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    /** A proposal for the leerteam's agenda: every meeting of the leerteam that has not ended shows it. */
    record AgendavoorstelGedaan(UUID leerteamId, UUID voorstelId) implements BijeenkomstGebeurtenis {
    }

    record VoorstelOpAgendaGezet(UUID bijeenkomstId, UUID leerteamId, UUID voorstelId, UUID agendapuntId)
            implements BijeenkomstGebeurtenis {
    }

    record NotitiesOpgeslagen(UUID bijeenkomstId, UUID agendapuntId) implements BijeenkomstGebeurtenis {
    }

    record BesluitToegevoegd(UUID bijeenkomstId, UUID besluitId) implements BijeenkomstGebeurtenis {
    }

    record BesluitVerwijderd(UUID bijeenkomstId, UUID besluitId) implements BijeenkomstGebeurtenis {
    }

    /** A new action item: its meeting shows it, and the leerteam's later meetings list it while it is open. */
    record ActiepuntToegevoegd(UUID bijeenkomstId, UUID leerteamId, UUID actiepuntId) implements BijeenkomstGebeurtenis {
    }

    /** @param inBijeenkomstId the meeting it was ticked off in, or {@code null} */
    record ActiepuntAfgevinkt(UUID bijeenkomstId, UUID leerteamId, UUID actiepuntId, UUID inBijeenkomstId, boolean afgerond)
            implements BijeenkomstGebeurtenis {
    }

    record Binnengekomen(UUID bijeenkomstId, UUID verbindingId) implements BijeenkomstGebeurtenis {
    }

    record Vertrokken(UUID bijeenkomstId, UUID verbindingId) implements BijeenkomstGebeurtenis {
    }
}
