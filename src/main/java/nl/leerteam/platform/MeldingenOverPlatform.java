package nl.leerteam.platform;

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
 * Notifications about the KC-platform. A question is read by the board's KCs and board staff; a card in the version the
 * person sees, by the rule of {@link PraktijkkaartService} stated again as in {@link ZoekenInKaarten}: the latest for its
 * own school, the latest under review for KCs of the board's other schools, else the published one (none: not shown).
 */
@Component
class MeldingenOverPlatform implements Meldingbron {

    private static final Set<Meldingsoort> KAARTEN = Set.of(Meldingsoort.KAART_TER_REVIEW, Meldingsoort.KAART_IN_GEVOLGD);

    private final JdbcTemplate jdbc;

    MeldingenOverPlatform(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Meldingsoort> soorten() {
        return Set.of(Meldingsoort.KAART_TER_REVIEW, Meldingsoort.KAART_IN_GEVOLGD, Meldingsoort.ANTWOORD_OP_VRAAG,
                Meldingsoort.GEVOLGDE_VRAAG_BEANTWOORD, Meldingsoort.VRAAG_IN_GEVOLGD);
    }

    @Override
    public Map<UUID, Doel> doelen(Zoeker lezer, Meldingsoort soort, Collection<UUID> doelen, Locale taal) {
        Map<UUID, Doel> leesbaar = new HashMap<>();
        if (lezer.bestuurId() == null || doelen.isEmpty()) {
            return leesbaar;
        }
        if (KAARTEN.contains(soort)) {
            jdbc.query("""
                    select k.id, v.titel from praktijkkaart k
                    cross join lateral (select lv.nummer, lv.status from praktijkkaart_versie lv where lv.kaart_id = k.id
                                        order by lv.nummer desc limit 1) laatste
                    join praktijkkaart_versie v on v.kaart_id = k.id and v.nummer = case
                        when k.school_id = any (?) then laatste.nummer
                        when laatste.status = 'TER_REVIEW' and cardinality(array_remove(?::uuid[], k.school_id)) > 0 then laatste.nummer
                        else k.gepubliceerde_versie end
                    where k.id = any (?) and k.bestuur_id = ?""",
                    rij -> {
                        UUID id = rij.getObject("id", UUID.class);
                        leesbaar.put(id, new Doel(rij.getString("titel"), "platform/kaarten/" + id));
                    }, lezer.scholen().toArray(UUID[]::new), lezer.kcScholen().toArray(UUID[]::new), doelen.toArray(UUID[]::new),
                    lezer.bestuurId());
        } else if (!lezer.kcScholen().isEmpty() || lezer.bestuurder()) {
            jdbc.query("select id, titel from platform_vraag where id = any (?) and bestuur_id = ?",
                    rij -> {
                        UUID id = rij.getObject("id", UUID.class);
                        leesbaar.put(id, new Doel(rij.getString("titel"), "platform/vragen/" + id));
                    }, doelen.toArray(UUID[]::new), lezer.bestuurId());
        }
        return leesbaar;
    }
}
