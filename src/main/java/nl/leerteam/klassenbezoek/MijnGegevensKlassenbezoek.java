package nl.leerteam.klassenbezoek;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The classroom visits the person was visited in or observed, complete with what was seen and written, for their
 * export. A visit belongs to its two people; the other one is named by role, not by name.
 */
@Component
@Order(40)
class MijnGegevensKlassenbezoek implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensKlassenbezoek(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "klassenbezoeken", """
                        select case when k.leerkracht_id = ? then 'BEZOCHT' else 'OBSERVATOR' end as mijn_rol, k.soort,
                               k.status, k.datum, k.tijd, k.groep, k.les, k.leervraag, k.wat_ging_goed, k.feedforward,
                               k.reflectie, k.ontwikkeldoel, k.aangemaakt, k.afgerond_op
                        from klassenbezoek k where k.leerkracht_id = ? or k.observator_id = ? order by k.datum""", ik, ik, ik),
                Onderdeel.uit(jdbc, "bezoekwaarnemingen", """
                        select k.datum, f.criterium_id, f.waarneming, f.notitie
                        from bezoek_focus f join klassenbezoek k on k.id = f.bezoek_id
                        where k.leerkracht_id = ? or k.observator_id = ? order by k.datum, f.volgorde""", ik, ik),
                Onderdeel.uit(jdbc, "bezoeknotities", """
                        select k.datum, n.tijdstip, n.tekst from bezoek_notitie n join klassenbezoek k on k.id = n.bezoek_id
                        where k.leerkracht_id = ? or k.observator_id = ? order by n.tijdstip""", ik, ik));
    }
}
