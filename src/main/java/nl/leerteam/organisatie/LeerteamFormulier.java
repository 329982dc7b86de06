package nl.leerteam.organisatie;

import java.util.Set;
import java.util.UUID;

/**
 * @param id    {@code null} for a new leerteam
 * @param leden the members; {@code null} leaves them as they are
 */
public record LeerteamFormulier(UUID id, String naam, String omschrijving, Set<UUID> leden, Long version) {
}
