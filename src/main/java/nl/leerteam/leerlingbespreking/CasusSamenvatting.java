package nl.leerteam.leerlingbespreking;

import java.time.Instant;
import java.util.UUID;

public record CasusSamenvatting(UUID id, String pseudoniem, int groep, String hulpvraag, String eigenaarNaam,
                                CasusStatus status, Instant gewijzigd) {
}
