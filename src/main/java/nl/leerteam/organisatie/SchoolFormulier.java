package nl.leerteam.organisatie;

import java.util.UUID;

/** @param id {@code null} for a new school */
public record SchoolFormulier(UUID id, String naam, String brin, String plaats, Long version) {
}
