package nl.leerteam.shared.zoeken;

import java.util.Set;
import java.util.UUID;

/**
 * Who searches, as far as search needs to know to put access into each query: the sources add these to their SQL,
 * so what a person may not read is never counted, ranked or quoted.
 *
 * @param leerteams    the leerteams whose cases and meetings the person reads (member, KC of its school, the board's
 *                     KC-platform), archived ones included
 * @param scholen      the schools the person works at
 * @param kcScholen    the schools where the person is KC
 * @param bestuurder   whether the person is board staff
 */
public record Zoeker(UUID ik, UUID bestuurId, Set<UUID> leerteams, Set<UUID> scholen, Set<UUID> kcScholen, boolean bestuurder) {

    public Zoeker {
        leerteams = Set.copyOf(leerteams);
        scholen = Set.copyOf(scholen);
        kcScholen = Set.copyOf(kcScholen);
    }
}
