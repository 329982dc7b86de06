package nl.leerteam.organisatie;

import nl.leerteam.shared.security.Rol;

import java.util.Set;
import java.util.UUID;

/**
 * A person as others see them in lists.
 *
 * @param rollen the roles at the school the list is about (or all roles where no school applies)
 * @param actief whether the person has logged in at least once (else: invited, not yet active)
 */
public record PersoonSamenvatting(UUID id, String naam, String email, Set<Rol> rollen, boolean actief) {

    public PersoonSamenvatting {
        rollen = Set.copyOf(rollen);
    }
}
