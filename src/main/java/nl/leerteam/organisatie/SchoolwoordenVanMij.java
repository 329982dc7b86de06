package nl.leerteam.organisatie;

import nl.leerteam.privacy.Schoolwoorden;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/** The words the KCs of the logged-in person's schools listed as no name, for the privacy guard. */
@Component
class SchoolwoordenVanMij implements Schoolwoorden {

    private final SchoolwoordenService service;

    SchoolwoordenVanMij(SchoolwoordenService service) {
        this.service = service;
    }

    @Override
    public Collection<String> woorden() {
        LeerteamPrincipal ik = CurrentUser.find().orElse(null);
        // the demo data and system jobs write as a principal without a school: no words then
        if (ik == null || ik.bestuurId() == null) {
            return List.of();
        }
        return PerVerzoek.onthouden("schoolwoorden." + ik.gebruikerId(), () -> {
            try {
                return List.copyOf(service.vanMijnScholen());
            } catch (org.springframework.security.access.AccessDeniedException geenPersoon) {
                return List.<String>of();
            }
        });
    }
}
