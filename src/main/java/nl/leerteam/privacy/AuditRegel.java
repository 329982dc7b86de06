package nl.leerteam.privacy;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log. */
public record AuditRegel(Instant moment, UUID gebruikerId, AuditActie actie, String onderwerp, UUID onderwerpId,
                         String toelichting) {
}
