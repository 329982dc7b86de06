package nl.leerteam.organisatie.demo;

import nl.leerteam.shared.security.HasLeerteamPrincipal;
import nl.leerteam.shared.security.LeerteamPrincipal;

import java.io.Serializable;
import java.security.Principal;

/** The principal of a development login. */
record DevPrincipal(LeerteamPrincipal leerteamPrincipal) implements HasLeerteamPrincipal, Principal, Serializable {

    @Override
    public String getName() {
        return leerteamPrincipal.gebruikerId().toString();
    }
}
