package nl.leerteam.support;

import nl.leerteam.shared.security.HasLeerteamPrincipal;
import nl.leerteam.shared.security.LeerteamPrincipal;

import java.security.Principal;

record TestPrincipal(LeerteamPrincipal leerteamPrincipal) implements HasLeerteamPrincipal, Principal {

    @Override
    public String getName() {
        return leerteamPrincipal.gebruikerId().toString();
    }
}
