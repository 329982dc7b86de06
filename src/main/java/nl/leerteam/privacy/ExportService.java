package nl.leerteam.privacy;

import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's own data, to download from their profile page: every module's sections about them ({@link MijnGegevens})
 * and the audit log's lines by and about them; {@link GegevensExportBestanden} writes them as JSON and as a PDF summary.
 * Only ever the logged-in person's own data; each download is itself an audit line.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    static final String ONDERWERP = "EXPORT";

    private final ObjectProvider<MijnGegevens> bronnen;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ExportService(ObjectProvider<MijnGegevens> bronnen, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.bronnen = bronnen;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything about the logged-in person; the download is recorded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public GegevensExport mijnGegevens() {
        LeerteamPrincipal ik = CurrentUser.require();
        List<MijnGegevens.Onderdeel> onderdelen = new ArrayList<>();
        bronnen.orderedStream().forEach(bron -> onderdelen.addAll(bron.over(ik.gebruikerId())));
        onderdelen.add(MijnGegevens.Onderdeel.uit(jdbc, "audit_door_mij", """
                select moment, actie, onderwerp, onderwerp_id, toelichting from audit_log where gebruiker_id = ?
                order by moment, id""", ik.gebruikerId()));
        onderdelen.add(MijnGegevens.Onderdeel.uit(jdbc, "audit_over_mij", """
                select moment, actie, onderwerp, toelichting from audit_log where betreft_id = ? order by moment, id""",
                ik.gebruikerId()));
        audit.registreer(AuditActie.GELEZEN, ONDERWERP, ik.gebruikerId(), null);
        return new GegevensExport(clock.instant(), ik.naam(),
                onderdelen.stream().filter(o -> !o.rijen().isEmpty()).toList());
    }

}
