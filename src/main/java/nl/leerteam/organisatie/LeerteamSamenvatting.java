package nl.leerteam.organisatie;

import java.util.List;
import java.util.UUID;

/**
 * A leerteam with its members, sorted by name.
 *
 * @param gearchiveerd whether it is archived: readable to its members, nothing new starts in it
 */
public record LeerteamSamenvatting(UUID id, UUID schoolId, String schoolNaam, String naam, String omschrijving,
                                   List<PersoonSamenvatting> leden, Long version, boolean gearchiveerd) {

    public LeerteamSamenvatting {
        leden = List.copyOf(leden);
    }

    public boolean heeftLid(UUID gebruikerId) {
        return leden.stream().anyMatch(lid -> lid.id().equals(gebruikerId));
    }
}
