package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.CasusRepository;
import nl.leerteam.shared.domain.Lezing;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The case owner's view of the audit log: who else opened her case and when (AVG: a person may know who processed data
 * they are responsible for). Only the owner asks; the lines come from the audit log the reads already write.
 */
@Service
@Transactional(readOnly = true)
public class WieLasMijnCasus {

    /** How many reads the page shows at most, newest first. */
    static final int HOOGSTENS = 100;

    private final CasusRepository casussen;
    private final AuditLog audit;
    private final OrganisatieService organisatie;

    WieLasMijnCasus(CasusRepository casussen, AuditLog audit, OrganisatieService organisatie) {
        this.casussen = casussen;
        this.audit = audit;
        this.organisatie = organisatie;
    }

    /** The reads of the case by others than its owner, newest first; refused to anyone but the owner. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public List<Lezing> lezers(UUID casusId) {
        UUID ik = CurrentUser.require().gebruikerId();
        Casus casus = casussen.findById(casusId).filter(c -> c.getEigenaarId().equals(ik))
                .orElseThrow(() -> new AccessDeniedException("Only the owner sees who read the case"));
        return organisatie.lezingen(casus.getSchoolId(), audit.gelezenDoorAnderen(CasusService.ONDERWERP, casusId, ik, HOOGSTENS));
    }
}
