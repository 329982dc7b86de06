package nl.leerteam.meldingen;

import nl.leerteam.shared.melding.Meldingsoort;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification as its reader sees it, made now: the sentence in their language with the title the module gave,
 * and where it opens.
 */
public record MeldingRegel(UUID id, Meldingsoort soort, String tekst, String pad, Instant moment, boolean gelezen) {
}
