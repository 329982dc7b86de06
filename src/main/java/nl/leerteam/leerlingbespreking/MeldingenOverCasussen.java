package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.melding.Meldingbron;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.zoeken.Zoeker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Notifications about cases: readable by the same rule as the case (its leerteam's members and the school's KCs). */
@Component
class MeldingenOverCasussen implements Meldingbron {

    private final JdbcTemplate jdbc;

    MeldingenOverCasussen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Meldingsoort> soorten() {
        return Set.of(Meldingsoort.CASUS_GEESCALEERD);
    }

    /** Titled by the case's pseudonym only: never its question or what was written in it. */
    @Override
    public Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal) {
        Map<UUID, Doel> leesbaar = new HashMap<>();
        if (lezer.leerteams().isEmpty() || doelen.isEmpty()) {
            return leesbaar;
        }
        jdbc.query("select id, pseudoniem from casus where id = any (?) and bestuur_id = ? and leerteam_id = any (?)",
                rij -> {
                    UUID id = rij.getObject("id", UUID.class);
                    leesbaar.put(id, new Doel(rij.getString("pseudoniem"), "casussen/" + id));
                }, doelen.toArray(UUID[]::new), lezer.bestuurId(), lezer.leerteams().toArray(UUID[]::new));
        return leesbaar;
    }
}
