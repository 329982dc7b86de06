package nl.leerteam.leerlingbespreking;

import java.time.Instant;
import java.util.UUID;

/** An escalated case waiting for a KC's next step. */
public record OpenEscalatie(UUID casusId, String pseudoniem, int groep, String leerteamNaam, String eigenaarNaam,
                            String vraag, Instant geescaleerdOp) {
}
