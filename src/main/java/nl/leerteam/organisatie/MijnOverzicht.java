package nl.leerteam.organisatie;

import nl.leerteam.shared.security.Rol;

import java.util.List;
import java.util.Set;

/**
 * What the dashboard shows a person: their schools with their roles there, the leerteams they
 * are a member of, and the other leerteams they may look into (a KC or director: those of their
 * schools). Archived leerteams are in none of these; {@code mijnArchief} holds those the person was a member of,
 * which stay readable to them.
 */
public record MijnOverzicht(String naam, String bestuurNaam, Set<Rol> rollen, List<MijnSchool> scholen,
                            List<LeerteamSamenvatting> mijnLeerteams, List<LeerteamSamenvatting> andereLeerteams,
                            List<LeerteamSamenvatting> mijnArchief) {

    public record MijnSchool(SchoolSamenvatting school, Set<Rol> mijnRollen, int aantalLeerteams, int aantalMensen) {
    }
}
