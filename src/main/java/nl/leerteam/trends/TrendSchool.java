package nl.leerteam.trends;

import java.util.UUID;

/** A school whose trends the person sees; {@code importeren} for its KCs and director. */
public record TrendSchool(UUID schoolId, String naam, boolean importeren) {
}
