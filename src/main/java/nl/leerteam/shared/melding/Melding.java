package nl.leerteam.shared.melding;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;

import java.util.Set;
import java.util.UUID;

/**
 * Something to tell people, published by the module it happened in, in the transaction that did it: the module knows
 * who should hear it and has checked they may read it. Ids only; the text is made when it is read, by the module
 * again ({@link Meldingbron}), so a notification never outlives its reader's access.
 *
 * @param doel       what it is about (a case, a card, a visit …), opened through the module's {@link Meldingbron}
 * @param ontvangers who hear it; the one who caused it ({@code door}) never does
 * @param door       who caused it, {@code null} for Leerteam itself (a job)
 * @param uniek      for what may happen again but must be told once (an action item due on a date): the same kind,
 *                   subject, receiver and key are told once; {@code null} when every occurrence is news
 */
public record Melding(Meldingsoort soort, UUID doel, Set<UUID> ontvangers, UUID door, String uniek) implements Gebeurtenis {

    public Melding {
        ontvangers = Set.copyOf(ontvangers);
    }

    public static Melding van(Meldingsoort soort, UUID doel, Set<UUID> ontvangers, UUID door) {
        return new Melding(soort, doel, ontvangers, door, null);
    }
}
