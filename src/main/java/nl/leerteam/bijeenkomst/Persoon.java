package nl.leerteam.bijeenkomst;

import java.util.UUID;

public record Persoon(UUID id, String naam) {
}
