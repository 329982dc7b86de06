package nl.leerteam.organisatie;

import java.util.UUID;

public record SchoolSamenvatting(UUID id, String naam, String brin, String plaats, Long version) {
}
