package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.domain.Aanwezigheid;
import nl.leerteam.bijeenkomst.domain.AanwezigheidRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who has a meeting open now; the caller has checked that the reader may see the meeting. */
@Component
class Aanwezigen {

    /** No meeting lasts longer; presence older than this is a window that never said goodbye. */
    static final Duration MAX_AANWEZIG = Duration.ofHours(12);

    private final AanwezigheidRepository aanwezigheid;
    private final OrganisatieService organisatie;
    private final LiveUpdates live;
    private final Clock clock;

    Aanwezigen(AanwezigheidRepository aanwezigheid, OrganisatieService organisatie, LiveUpdates live, Clock clock) {
        this.aanwezigheid = aanwezigheid;
        this.organisatie = organisatie;
        this.live = live;
        this.clock = clock;
    }

    /** Read once per change of who is there, for everybody watching the meeting on this node. */
    List<Persoon> van(UUID bijeenkomstId) {
        return live.gedeeld(BijeenkomstService.LIVE_TOPIC_AANWEZIG, bijeenkomstId, Lijst.class, () -> {
            List<UUID> ids = aanwezigheid.findByBijeenkomstIdAndSindsAfter(bijeenkomstId, clock.instant().minus(MAX_AANWEZIG))
                    .stream().map(Aanwezigheid::getGebruikerId).distinct().toList();
            return new Lijst(ids.isEmpty() ? List.of() : personen(ids, organisatie.namen(new HashSet<>(ids))));
        }).personen();
    }

    private record Lijst(List<Persoon> personen) {
    }

    static List<Persoon> personen(List<UUID> ids, Map<UUID, String> namen) {
        return ids.stream().map(id -> new Persoon(id, namen.getOrDefault(id, ""))).sorted(Comparator.comparing(Persoon::naam)).toList();
    }
}
