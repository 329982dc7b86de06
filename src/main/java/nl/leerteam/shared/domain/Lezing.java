package nl.leerteam.shared.domain;

import nl.leerteam.shared.security.Rol;

import java.time.Instant;
import java.util.Set;

/** Someone else opened a case or a visit: who (name and roles at the school, nothing more) and when. */
public record Lezing(String naam, Set<Rol> rollen, Instant moment) {
}
