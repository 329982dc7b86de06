package nl.leerteam.organisatie;

import java.time.Instant;
import java.util.UUID;

/**
 * A word a KC listed as no name at their school, with who added it and when.
 *
 * @param door the name of whoever added it; empty when they no longer work in Leerteam
 */
public record Schoolwoord(UUID id, String woord, String door, Instant op) {
}
