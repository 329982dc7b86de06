package nl.leerteam.trends;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Trend discussions of the person's schools (TrendToegang's rule: everybody with a role at the school), found by their
 * title (a typo too), occasion and conclusion, observations, hypotheses and interventions; one result per discussion.
 */
@Component
class ZoekenInTrendgesprekken implements Zoekbron {

    static final String SOORT = "TRENDGESPREK";
    /*
     * The discussions of the person's schools first, then their observations and interventions through the discussion's
     * index (never the board's whole full-text index); the snippet only for the discussions shown, from their best piece.
     */
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            leesbaar as materialized (select g.id, g.zoek from trendgesprek g where g.bestuur_id = ? and g.school_id = any (?)),
            treffers as (
                select g.id, ts_rank_cd(g.zoek, q.q, 32) * 2 as rang, 'G' as bron, g.id as bron_id from leesbaar g, q where g.zoek @@ q.q
                union all
                select g.id, word_similarity(?, lt_zoekvorm(g.titel)) * 0.2, 'T', g.id from trendgesprek g
                where g.bestuur_id = ? and g.school_id = any (?) and lt_zoekvorm(g.titel) %%> ?
                union all
                select w.gesprek_id, ts_rank_cd(w.zoek, q.q, 32), 'W', w.id
                from leesbaar g cross join lateral (select w.* from trend_waarneming w where w.gesprek_id = g.id offset 0) w, q
                where w.zoek @@ q.q
                union all
                select i.gesprek_id, ts_rank_cd(i.zoek, q.q, 32), 'I', i.id
                from leesbaar g cross join lateral (select i.* from trend_interventie i where i.gesprek_id = g.id offset 0) i, q
                where i.zoek @@ q.q
            ),
            beste as (
                select distinct on (id) id, bron, bron_id, sum(rang) over (partition by id) as totaal from treffers order by id, rang desc
            )
            select g.id, g.titel, g.gestart as moment, beste.totaal as rang, %s as fragment
            from beste join trendgesprek g on g.id = beste.id, q
            order by beste.totaal desc, g.gestart desc limit ?""".formatted(Zoekbron.fragment("""
            case beste.bron when 'G' then g.titel || ' ' || coalesce(g.aanleiding, '') || ' ' || coalesce(g.conclusie, '')
                when 'T' then g.titel
                when 'W' then (select w.tekst || ' ' || coalesce(w.bewijs, '') from trend_waarneming w where w.id = beste.bron_id)
                else (select i.wat || ' ' || coalesce(i.evaluatie, '') from trend_interventie i where i.id = beste.bron_id) end"""));

    private final JdbcTemplate jdbc;

    ZoekenInTrendgesprekken(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        if (zoeker.scholen().isEmpty()) {
            return List.of();
        }
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "trends/gesprekken/"),
                vraag.tsquery(), zoeker.bestuurId(), zoeker.scholen().toArray(UUID[]::new), vraag.vorm(), zoeker.bestuurId(),
                zoeker.scholen().toArray(UUID[]::new), vraag.vorm(), hoogstens);
    }
}
