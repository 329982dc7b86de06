package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.melding.Meldingbron;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.zoeken.Zoeker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Time;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Notifications about classroom visits: only their teacher and observer read them, titled by the visit's day and time. */
@Component
class MeldingenOverBezoeken implements Meldingbron {

    private final JdbcTemplate jdbc;

    MeldingenOverBezoeken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Meldingsoort> soorten() {
        return Set.of(Meldingsoort.BEZOEK_GEPLAND);
    }

    @Override
    public Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal) {
        Map<UUID, Doel> leesbaar = new HashMap<>();
        if (lezer.bestuurId() == null || doelen.isEmpty()) {
            return leesbaar;
        }
        DateTimeFormatter dag = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(taal);
        jdbc.query("select id, datum, tijd from klassenbezoek where id = any (?) and bestuur_id = ? and (leerkracht_id = ? or observator_id = ?)",
                rij -> {
                    UUID id = rij.getObject("id", UUID.class);
                    Time tijd = rij.getTime("tijd");
                    String titel = dag.format(rij.getDate("datum").toLocalDate()) + (tijd == null ? "" : " " + tijd.toLocalTime());
                    leesbaar.put(id, new Doel(titel, "klassenbezoeken/" + id));
                }, doelen.toArray(UUID[]::new), lezer.bestuurId(), lezer.ik(), lezer.ik());
        return leesbaar;
    }
}
