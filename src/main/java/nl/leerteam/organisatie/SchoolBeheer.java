package nl.leerteam.organisatie;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything the administration screen of one school shows. */
public record SchoolBeheer(SchoolSamenvatting school, List<LeerteamSamenvatting> leerteams,
                           List<PersoonSamenvatting> mensen, List<OpenUitnodiging> uitnodigingen) {

    public record OpenUitnodiging(UUID id, UUID gebruikerId, String naam, String email, Instant verlooptOp) {
    }
}
