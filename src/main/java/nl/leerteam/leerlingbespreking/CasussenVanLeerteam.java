package nl.leerteam.leerlingbespreking;

import java.util.List;
import java.util.UUID;

/**
 * @param lid whether the reader may bring in a case: a member, while the leerteam is not archived
 * @param gearchiveerd whether the leerteam is archived: its cases stay readable, no new ones start
 */
public record CasussenVanLeerteam(UUID leerteamId, String leerteamNaam, String schoolNaam, boolean lid,
                                  List<CasusSamenvatting> casussen, String volgendPseudoniem, boolean gearchiveerd) {

    public CasussenVanLeerteam {
        casussen = List.copyOf(casussen);
    }
}
