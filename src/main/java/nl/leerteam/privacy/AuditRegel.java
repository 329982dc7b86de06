package nl.leerteam.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log.
 *
 * @param gebruikerId who did it; {@code null} when Leerteam itself did
 * @param betreftId   the person a role or membership change is about; {@code null} for other lines
 */
public record AuditRegel(Instant moment, UUID gebruikerId, AuditActie actie, String onderwerp, UUID onderwerpId,
                         String toelichting, UUID betreftId) {
}
