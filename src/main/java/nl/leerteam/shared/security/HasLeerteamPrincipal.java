package nl.leerteam.shared.security;

/** Implemented by the authentication principals that Leerteam creates at login. */
public interface HasLeerteamPrincipal {

    LeerteamPrincipal leerteamPrincipal();
}
