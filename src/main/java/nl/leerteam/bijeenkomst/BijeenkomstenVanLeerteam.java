package nl.leerteam.bijeenkomst;

import java.util.List;
import java.util.UUID;

/**
 * @param lid whether the reader is a member (and so may plan meetings)
 */
public record BijeenkomstenVanLeerteam(UUID leerteamId, String leerteamNaam, String schoolNaam, boolean lid,
                                       List<BijeenkomstSamenvatting> komend, List<BijeenkomstSamenvatting> eerder,
                                       List<Persoon> leden) {
}
