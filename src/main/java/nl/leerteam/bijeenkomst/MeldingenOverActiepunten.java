package nl.leerteam.bijeenkomst;

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

/**
 * Notifications about action items: for their owner while they are open and the owner still reads the leerteam,
 * titled by the meeting they were agreed in (not by what was agreed).
 */
@Component
class MeldingenOverActiepunten implements Meldingbron {

    private final JdbcTemplate jdbc;

    MeldingenOverActiepunten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Meldingsoort> soorten() {
        return Set.of(Meldingsoort.ACTIEPUNT_MORGEN);
    }

    @Override
    public Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal) {
        Map<UUID, Doel> leesbaar = new HashMap<>();
        if (lezer.leerteams().isEmpty() || doelen.isEmpty()) {
            return leesbaar;
        }
        jdbc.query("""
                select a.id, a.bijeenkomst_id, b.titel from actiepunt a join bijeenkomst b on b.id = a.bijeenkomst_id
                where a.id = any (?) and a.bestuur_id = ? and a.leerteam_id = any (?) and a.eigenaar_id = ? and a.afgerond_op is null""",
                (org.springframework.jdbc.core.RowCallbackHandler) rij -> leesbaar.put(rij.getObject("id", UUID.class),
                        new Doel(rij.getString("titel"), "bijeenkomsten/" + rij.getObject("bijeenkomst_id", UUID.class))),
                doelen.toArray(UUID[]::new), lezer.bestuurId(), lezer.leerteams().toArray(UUID[]::new), lezer.ik());
        return leesbaar;
    }
}
