package nl.leerteam.shared.melding;

import nl.leerteam.shared.zoeken.Zoeker;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The module a notification is about, asked each time it is shown or mailed: which of these things the reader may
 * still read, what they are called and where they open. What is missing from the answer is not shown — a person who
 * left the leerteam or school no longer hears about it.
 */
public interface Meldingbron {

    /** The kinds this module answers for. */
    Set<Meldingsoort> soorten();

    /**
     * Of {@code doelen}, those {@code lezer} may read now, with their title (plain text, never case text; a date in
     * {@code taal}) and path.
     */
    Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal);

    /** @param titel a title a mail may carry: a pseudonym, a card's or question's title, a date; never case text */
    record Doel(String titel, String pad) {
    }
}
