package nl.leerteam.privacy;

import java.time.Instant;
import java.util.List;

/** Everything Leerteam holds about one person as themselves, at one moment, section by section. */
public record GegevensExport(Instant gemaakt, String naam, List<MijnGegevens.Onderdeel> onderdelen) {

    public GegevensExport {
        onderdelen = List.copyOf(onderdelen);
    }
}
