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
    /*
     * The meetings the person reads first (a leerteam has at most a few hundred), then their agenda items and decisions
     * through the meeting's index: the full-text index of the whole board would hand over thousands of matches to throw
     * away (measured: 64 ms against 8 ms for a KC of five leerteams). Ranked per piece, summed per meeting; the snippet is
     * made only for the meetings shown, from their best piece.
     */
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            leesbaar as materialized (select b.id, b.zoek from bijeenkomst b where b.bestuur_id = ? and b.leerteam_id = any (?)),
            punten as materialized (
                select a.* from leesbaar b cross join lateral (select a.* from agendapunt a where a.bijeenkomst_id = b.id offset 0) a
                where a.verwijderd is null
            ),
            treffers as (
                select b.id, ts_rank_cd(b.zoek, q.q, 32) * 2 as rang, 'B' as bron, b.id as bron_id from leesbaar b, q where b.zoek @@ q.q
                union all
                select b.id, word_similarity(?, lt_zoekvorm(b.titel)) * 0.2, 'B', b.id from bijeenkomst b
                where b.bestuur_id = ? and b.leerteam_id = any (?) and lt_zoekvorm(b.titel) %%> ?
                union all
                select a.bijeenkomst_id, ts_rank_cd(a.zoek, q.q, 32), 'A', a.id from punten a, q where a.zoek @@ q.q
                union all
                select a.bijeenkomst_id, ts_rank_cd(s.zoek, q.q, 32), 'S', s.id
                from punten a cross join lateral (select s.* from besluit s where s.agendapunt_id = a.id offset 0) s, q where s.zoek @@ q.q
            ),
            beste as (
                select distinct on (id) id, bron, bron_id, sum(rang) over (partition by id) as totaal from treffers
                order by id, rang desc
            )
            select b.id, b.titel, b.datum::timestamp at time zone 'UTC' as moment, beste.totaal as rang, %s as fragment
            from beste join bijeenkomst b on b.id = beste.id, q
            order by beste.totaal desc, b.datum desc limit ?""".formatted(Zoekbron.fragment("""
            case beste.bron when 'B' then b.titel
                when 'A' then (select concat_ws(' · ', a.titel, a.notities) from agendapunt a where a.id = beste.bron_id)
                else (select s.tekst from besluit s where s.id = beste.bron_id) end"""));

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
                vraag.tsquery(), zoeker.bestuurId(), zoeker.leerteams().toArray(UUID[]::new), vraag.vorm(), zoeker.bestuurId(),
                zoeker.leerteams().toArray(UUID[]::new), vraag.vorm(), hoogstens);
    }
}
