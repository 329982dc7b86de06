package nl.leerteam.bijeenkomst;

import java.util.List;
import java.util.UUID;

/**
 * @param lid whether the reader may plan meetings: a member of a leerteam, board staff for the KC-platform
 */
public record BijeenkomstenVanLeerteam(UUID leerteamId, String leerteamNaam, String schoolNaam, boolean lid,
                                       List<BijeenkomstSamenvatting> komend, List<BijeenkomstSamenvatting> eerder,
                                       List<Persoon> leden) {
}
