package nl.leerteam.organisatie.demo;

import nl.leerteam.shared.security.Rol;

import java.util.List;
import java.util.Set;

/** A demo person on the development login page. */
public record DemoAccount(String subject, String naam, Set<Rol> rollen, List<String> scholen) {
}
