package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.CasusRepository;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * The one access rule for everything that belongs to a case: the members of its leerteam and the
 * KCs of its school; nobody else, not even to learn that the case exists.
 */
@Component
class CasusLezer {

    private final CasusRepository casussen;
    private final OrganisatieService organisatie;

    CasusLezer(CasusRepository casussen, OrganisatieService organisatie) {
        this.casussen = casussen;
        this.organisatie = organisatie;
    }

    record Gelezen(Casus casus, LeerteamRelatie relatie, UUID ik) {

        boolean eigenaar() {
            return casus.getEigenaarId().equals(ik);
        }

        Gelezen eisEigenaar() {
            if (!eigenaar()) {
                throw new AccessDeniedException("Only the owner does this");
            }
            return this;
        }

        Gelezen eisOpen() {
            if (casus.getStatus() == CasusStatus.GESLOTEN) {
                throw new InvoerFout("casus", "fout.casus-gesloten");
            }
            return this;
        }
    }

    Gelezen lees(UUID casusId) {
        Casus casus = Opzoeken.verplicht(casussen, casusId);
        LeerteamRelatie relatie = organisatie.relatieTot(casus.getLeerteamId());
        return new Gelezen(casus, relatie, CurrentUser.require().gebruikerId());
    }
}
