package nl.leerteam.organisatie;

import java.time.Instant;
import java.util.UUID;

/**
 * A new invitation. The link holds the only copy of the code: it is shown once to the person who
 * invites, and mailed when mail is configured.
 */
public record UitnodigingVerstuurd(UUID gebruikerId, String email, String link, Instant verlooptOp, boolean gemaild) {
}
