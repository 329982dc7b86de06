package nl.leerteam.trends;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** The trend discussions the person started and what they wrote in trend discussions, for their export. */
@Component
@Order(50)
class MijnGegevensTrends implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensTrends(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "trendgesprekken", """
                        select titel, aanleiding, conclusie, gestart, afgerond from trendgesprek where gestart_door = ?
                        order by gestart""", ik),
                Onderdeel.uit(jdbc, "trendwaarnemingen", """
                        select soort, vak, tekst, status, bewijs, aangemaakt from trend_waarneming where auteur_id = ?
                        order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "trendinterventies", """
                        select wat, wie, vanaf, evaluatie_op, resultaat, evaluatie, aangemaakt from trend_interventie
                        where auteur_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "trendnotities", """
                        select vak, tekst, aangemaakt from trend_notitie where auteur_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "trendimports", """
                        select moment, bestandsnaam, nieuw, vervangen, ongewijzigd from trendimport where door_id = ?
                        order by moment""", ik));
    }
}
