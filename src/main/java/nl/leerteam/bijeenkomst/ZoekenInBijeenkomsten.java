package nl.leerteam.bijeenkomst;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Meetings of the leerteams the person reads, found by their title (a typo of one letter too), their agenda items and
 * notes, and their decisions; one result per meeting, with the best matching piece as its snippet.
 */
@Component
class ZoekenInBijeenkomsten implements Zoekbron {

    static final String SOORT = "BIJEENKOMST";
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            leesbaar as (select b.* from bijeenkomst b where b.bestuur_id = ? and b.leerteam_id = any (?)),
            treffers as (
                select b.id, ts_rank_cd(b.zoek, q.q, 32) * 2 as rang, b.titel as stuk from leesbaar b, q where b.zoek @@ q.q
                union all
                select b.id, word_similarity(?, lt_zoekvorm(b.titel)) * 0.2, b.titel from leesbaar b
                where lt_zoekvorm(b.titel) %%> ?
                union all
                select a.bijeenkomst_id, ts_rank_cd(a.zoek, q.q, 32), concat_ws(' · ', a.titel, a.notities)
                from agendapunt a join leesbaar b on b.id = a.bijeenkomst_id, q where a.verwijderd is null and a.zoek @@ q.q
                union all
                select a.bijeenkomst_id, ts_rank_cd(s.zoek, q.q, 32), s.tekst
                from besluit s join agendapunt a on a.id = s.agendapunt_id join leesbaar b on b.id = a.bijeenkomst_id, q
                where a.verwijderd is null and s.zoek @@ q.q
            ),
            beste as (
                select distinct on (id) id, rang, stuk, sum(rang) over (partition by id) as totaal from treffers
                order by id, rang desc
            )
            select b.id, b.titel, b.datum::timestamp at time zone 'UTC' as moment, beste.totaal as rang, %s as fragment
            from beste join bijeenkomst b on b.id = beste.id, q
            order by beste.totaal desc, b.datum desc limit ?""".formatted(Zoekbron.fragment("beste.stuk"));

    private final JdbcTemplate jdbc;

    ZoekenInBijeenkomsten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        if (zoeker.leerteams().isEmpty()) {
            return List.of();
        }
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "bijeenkomsten/"),
                vraag.tsquery(), zoeker.bestuurId(), zoeker.leerteams().toArray(UUID[]::new), vraag.vorm(), vraag.vorm(), hoogstens);
    }
}
