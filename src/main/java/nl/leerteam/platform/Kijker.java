package nl.leerteam.platform;

import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Who is looking: their board, their roles per school of it, and the names of the board's schools. */
record Kijker(UUID gebruikerId, UUID bestuurId, Map<UUID, Set<Rol>> rollen, Map<UUID, String> scholen) {

    boolean vanSchool(UUID schoolId) {
        return !rollen.getOrDefault(schoolId, Set.of()).isEmpty();
    }

    boolean kcVan(UUID schoolId) {
        return rollen.getOrDefault(schoolId, Set.of()).contains(Rol.KC);
    }

    /** A KC of a school of the board other than {@code schoolId}: who may review a card of that school. */
    boolean kcElders(UUID schoolId) {
        return rollen.entrySet().stream().anyMatch(e -> !e.getKey().equals(schoolId) && e.getValue().contains(Rol.KC));
    }

    static Kijker van(OrganisatieService organisatie) {
        LeerteamPrincipal ik = CurrentUser.require();
        if (ik.bestuurId() == null) {
            throw new AccessDeniedException("The platform belongs to a board");
        }
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        Map<UUID, Set<Rol>> rollen = new LinkedHashMap<>();
        for (MijnOverzicht.MijnSchool s : overzicht.scholen()) {
            rollen.put(s.school().id(), s.mijnRollen());
        }
        return new Kijker(ik.gebruikerId(), ik.bestuurId(), rollen, organisatie.schoolNamenVanBestuur());
    }
}
