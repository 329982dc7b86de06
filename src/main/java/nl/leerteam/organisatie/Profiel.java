package nl.leerteam.organisatie;

import nl.leerteam.shared.security.Rol;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What Leerteam knows about the logged-in person and what changed in their access: their roles and
 * leerteams, every change of them with who made it, and for a KC the new KCs of their schools.
 */
public record Profiel(String naam, String email, List<SchoolRollen> scholen, List<String> leerteams,
                      Set<Rol> bestuursrollen, List<Rolwijziging> wijzigingen, List<NieuweKc> nieuweKcs) {

    public record SchoolRollen(String school, Set<Rol> rollen) {
    }

    /**
     * @param rol  the school role, for {@link Soort#ROL_GEGEVEN} and {@link Soort#ROL_INGETROKKEN}
     * @param waar the school, leerteam or board
     * @param door who made the change; {@code null} when Leerteam itself did
     */
    public record Rolwijziging(Instant moment, Soort soort, Rol rol, String waar, String door) {
    }

    public enum Soort {
        ROL_GEGEVEN, ROL_INGETROKKEN, LID_GEWORDEN, LID_AF, BESTUURSROL_GEGEVEN, BESTUURSROL_INGETROKKEN, BEHEERDERSROL_GEGEVEN
    }

    /** Someone became KC at a school where I am KC. */
    public record NieuweKc(Instant moment, String naam, String school, String door) {
    }
}
