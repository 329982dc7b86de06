package nl.leerteam.organisatie;

import nl.leerteam.shared.security.Rol;

import java.util.Set;
import java.util.UUID;

public record UitnodigingFormulier(String naam, String email, Set<Rol> rollen, Set<UUID> leerteamIds) {
}
