package nl.leerteam.trends;

import java.time.Instant;
import java.util.UUID;

/**
 * A trend discussion in the school's list.
 *
 * @param teEvalueren how many of its interventions wait for their evaluation
 */
public record TrendgesprekSamenvatting(UUID id, String titel, String leerteamNaam, Instant gestart, Instant afgerond,
                                       int interventies, int teEvalueren) {
}
