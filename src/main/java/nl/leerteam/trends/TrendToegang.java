package nl.leerteam.trends;

import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may see and change a school's trends, in one place for the module's services: everybody with a
 * role at the school sees them; its KCs and director import and set ambitions.
 */
@Component
class TrendToegang {

    private final OrganisatieService organisatie;

    TrendToegang(OrganisatieService organisatie) {
        this.organisatie = organisatie;
    }

    List<TrendSchool> scholen() {
        return organisatie.mijnOverzicht().scholen().stream().filter(s -> !s.mijnRollen().isEmpty())
                .map(s -> new TrendSchool(s.school().id(), s.school().naam(),
                        s.mijnRollen().contains(Rol.KC) || s.mijnRollen().contains(Rol.DIRECTEUR)))
                .toList();
    }

    /** The leerteams of a school that this person knows: their own, and for a KC or director all of the school's. */
    Map<UUID, String> leerteams(UUID schoolId) {
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        Map<UUID, String> teams = new LinkedHashMap<>();
        java.util.stream.Stream.concat(overzicht.mijnLeerteams().stream(), overzicht.andereLeerteams().stream())
                .filter(t -> t.schoolId().equals(schoolId))
                .sorted(java.util.Comparator.comparing(LeerteamSamenvatting::naam, String.CASE_INSENSITIVE_ORDER))
                .forEach(t -> teams.put(t.id(), t.naam()));
        return teams;
    }

    /** A school of this person; refused for any other. */
    TrendSchool leesbaar(UUID schoolId) {
        return scholen().stream().filter(s -> s.schoolId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a school of this person"));
    }

    /** A school where this person is KC or director; refused for any other. */
    TrendSchool beheerbaar(UUID schoolId) {
        TrendSchool school = leesbaar(schoolId);
        if (!school.importeren()) {
            throw new AccessDeniedException("Only the school's KCs and director change its trend data");
        }
        return school;
    }
}
