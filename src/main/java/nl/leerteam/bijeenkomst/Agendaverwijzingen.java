package nl.leerteam.bijeenkomst;

import java.util.Map;
import java.util.UUID;

/**
 * What another module lets the board's KC-platform put on a meeting's agenda by reference: a practice card, a
 * question to peers. That module says what the reader may choose and where it is shown, with its own access
 * checks; the meeting keeps the reference and the title of the moment, and does not depend on that module.
 */
public interface Agendaverwijzingen {

    AgendapuntSoort soort();

    /** What the logged-in person may put on the agenda: id to title. */
    Map<UUID, String> keuzes();

    /** The path of its page, for a link from the agenda item; the page checks who may read it. */
    String pad(UUID id);
}
