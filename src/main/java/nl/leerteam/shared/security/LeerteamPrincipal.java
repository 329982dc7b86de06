package nl.leerteam.shared.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in, as Leerteam knows them. Carried by every authenticated principal, whatever
 * way they logged in (OIDC or the development login).
 *
 * @param bestuurId the board the person belongs to; {@code null} only for an installation
 *                  administrator without a board
 */
public record LeerteamPrincipal(UUID gebruikerId, UUID bestuurId, String naam, String email, String taal,
                                Set<Rol> rollen) implements java.io.Serializable {

    public LeerteamPrincipal {
        rollen = Set.copyOf(rollen);
    }

    public boolean heeft(Rol rol) {
        return rollen.contains(rol);
    }
}
