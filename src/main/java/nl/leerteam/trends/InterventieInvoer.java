package nl.leerteam.trends;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A new intervention of a trend discussion as a leader enters it.
 *
 * @param evaluatieOp {@code null}: after the next test window ({@link Toetsvenster#evaluatieNa})
 * @param criteria    kijkwijzer criteria the classroom visits can look at; may be empty
 */
public record InterventieInvoer(String wat, String wie, LocalDate vanaf, LocalDate evaluatieOp, List<UUID> criteria) {
}
