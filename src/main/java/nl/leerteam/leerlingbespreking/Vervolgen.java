package nl.leerteam.leerlingbespreking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What another module made of a case's next step, such as the classroom visit a KC planned: shown on the case to
 * whoever may open it. That module answers with its own access rules, so the case does not depend on it.
 */
public interface Vervolgen {

    /** @param pad the path of its page, @param labelKey what it is, with the date as its parameter */
    record Vervolg(String labelKey, LocalDate datum, String pad) {
    }

    /** What the logged-in person may open of what came from this case. */
    List<Vervolg> bij(UUID casusId);
}
