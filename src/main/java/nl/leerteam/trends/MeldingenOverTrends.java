package nl.leerteam.trends;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.melding.Meldingbron;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.zoeken.Zoeker;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Notifications about a school's test results (the subject is the school): for the school's KCs, titled by its name. */
@Component
class MeldingenOverTrends implements Meldingbron {

    private final OrganisatieService organisatie;

    MeldingenOverTrends(OrganisatieService organisatie) {
        this.organisatie = organisatie;
    }

    @Override
    public Set<Meldingsoort> soorten() {
        return Set.of(Meldingsoort.TRENDIMPORT_NODIG);
    }

    @Override
    public Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal) {
        Map<UUID, Doel> leesbaar = new HashMap<>();
        Set<UUID> scholen = new java.util.HashSet<>(doelen);
        scholen.retainAll(lezer.kcScholen());
        if (scholen.isEmpty()) {
            return leesbaar;
        }
        organisatie.schoolNamen(scholen).forEach((id, naam) -> leesbaar.put(id, new Doel(naam, "trends")));
        return leesbaar;
    }
}
