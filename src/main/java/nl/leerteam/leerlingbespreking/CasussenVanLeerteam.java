package nl.leerteam.leerlingbespreking;

import java.util.List;
import java.util.UUID;

/**
 * @param lid whether the reader is a member of the leerteam (and so may bring in a case)
 */
public record CasussenVanLeerteam(UUID leerteamId, String leerteamNaam, String schoolNaam, boolean lid,
                                  List<CasusSamenvatting> casussen, String volgendPseudoniem) {

    public CasussenVanLeerteam {
        casussen = List.copyOf(casussen);
    }
}
