package nl.leerteam.organisatie;

import java.util.List;
import java.util.UUID;

/** A board for the installation administrator: its schools and its administrators, nothing of what they hold. */
public record BestuurOverzicht(UUID id, String naam, List<SchoolSamenvatting> scholen, List<PersoonSamenvatting> bestuurders) {

    public BestuurOverzicht {
        scholen = List.copyOf(scholen);
        bestuurders = List.copyOf(bestuurders);
    }
}
