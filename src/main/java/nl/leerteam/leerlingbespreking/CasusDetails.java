package nl.leerteam.leerlingbespreking;

import java.time.Instant;
import java.util.UUID;

/** A whole case as a reader sees it; {@code eigenaar} says whether the reader owns it (and may change it). */
public record CasusDetails(UUID id, UUID leerteamId, String leerteamNaam, String schoolNaam, String eigenaarNaam,
                           boolean eigenaar, CasusStatus status, Instant aangemaakt, Instant gewijzigd,
                           CasusFormulier inhoud) {
}
