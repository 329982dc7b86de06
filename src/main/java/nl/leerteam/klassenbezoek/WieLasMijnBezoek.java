package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.shared.domain.Lezing;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.UUID;

/**
 * The visited teacher's view of the audit log: who else opened her visit and when. The observation is about her
 * teaching; she may know who read it. Only she asks.
 */
@Service
@Transactional(readOnly = true)
public class WieLasMijnBezoek {

    /** How many reads the page shows at most, newest first. */
    static final int HOOGSTENS = 100;

    private final KlassenbezoekRepository bezoeken;
    private final AuditLog audit;
    private final OrganisatieService organisatie;

    WieLasMijnBezoek(KlassenbezoekRepository bezoeken, AuditLog audit, OrganisatieService organisatie) {
        this.bezoeken = bezoeken;
        this.audit = audit;
        this.organisatie = organisatie;
    }

    /** The reads of the visit by others than its teacher, newest first; refused to anyone but the teacher. */
    @PreAuthorize("isAuthenticated()")
    public List<Lezing> lezers(UUID bezoekId) {
        UUID ik = CurrentUser.require().gebruikerId();
        Klassenbezoek bezoek = bezoeken.findById(bezoekId).filter(b -> b.getLeerkrachtId().equals(ik))
                .orElseThrow(() -> new AccessDeniedException("Only the visited teacher sees who read the visit"));
        return organisatie.lezingen(bezoek.getSchoolId(),
                audit.gelezenDoorAnderen(KlassenbezoekService.ONDERWERP, bezoekId, ik, HOOGSTENS));
    }
}
