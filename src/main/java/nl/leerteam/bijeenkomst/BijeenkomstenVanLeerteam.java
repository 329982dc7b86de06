package nl.leerteam.bijeenkomst;

import java.util.List;
import java.util.UUID;

/**
 * @param lid whether the reader may plan meetings: a member of a leerteam that is not archived, board staff for the KC-platform
 * @param gearchiveerd whether the leerteam is archived: its meetings and minutes stay readable, no new ones are planned
 */
public record BijeenkomstenVanLeerteam(UUID leerteamId, String leerteamNaam, String schoolNaam, boolean lid,
                                       List<BijeenkomstSamenvatting> komend, List<BijeenkomstSamenvatting> eerder,
                                       List<Persoon> leden, boolean gearchiveerd) {
}
