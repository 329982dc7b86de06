package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The classroom visits where the person is the teacher or the observer (BezoekToegang's rule), best first. */
@Component
class ZoekenInBezoeken implements Zoekbron {

    static final String SOORT = "KLASSENBEZOEK";
    private static final String SQL = """
            select k.id, k.datum::timestamp at time zone 'UTC' as moment, coalesce(nullif(k.leervraag, ''), nullif(k.les, ''), '') as titel,
                   ts_rank_cd(k.zoek, q, 32) as rang, %s as fragment
            from klassenbezoek k, to_tsquery('dutch', ?) q
            where k.bestuur_id = ? and (k.leerkracht_id = ? or k.observator_id = ?) and k.zoek @@ q
            order by rang desc, k.datum desc limit ?""".formatted(Zoekbron.fragment(
            "concat_ws(' · ', k.leervraag, k.les, k.wat_ging_goed, k.feedforward, k.reflectie, k.ontwikkeldoel)"));

    private final JdbcTemplate jdbc;

    ZoekenInBezoeken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "klassenbezoeken/"),
                vraag.tsquery(), zoeker.bestuurId(), zoeker.ik(), zoeker.ik(), hoogstens);
    }
}
