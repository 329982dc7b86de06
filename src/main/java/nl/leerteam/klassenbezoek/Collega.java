package nl.leerteam.klassenbezoek;

import java.util.UUID;

/** Someone to plan a visit with, at a school both work at; {@code kc} when they are its KC. */
public record Collega(UUID id, String naam, UUID schoolId, String schoolNaam, boolean kc) {
}
