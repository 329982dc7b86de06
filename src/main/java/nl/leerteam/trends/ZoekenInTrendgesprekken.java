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
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            leesbaar as (select g.* from trendgesprek g where g.bestuur_id = ? and g.school_id = any (?)),
            treffers as (
                select g.id, ts_rank_cd(g.zoek, q.q, 32) * 2 as rang,
                       g.titel || ' ' || coalesce(g.aanleiding, '') || ' ' || coalesce(g.conclusie, '') as stuk
                from leesbaar g, q where g.zoek @@ q.q
                union all
                select g.id, word_similarity(?, lt_zoekvorm(g.titel)) * 0.2, g.titel from leesbaar g
                where lt_zoekvorm(g.titel) %%> ?
                union all
                select w.gesprek_id, ts_rank_cd(w.zoek, q.q, 32), w.tekst || ' ' || coalesce(w.bewijs, '')
                from trend_waarneming w join leesbaar g on g.id = w.gesprek_id, q where w.zoek @@ q.q
                union all
                select i.gesprek_id, ts_rank_cd(i.zoek, q.q, 32), i.wat || ' ' || coalesce(i.evaluatie, '')
                from trend_interventie i join leesbaar g on g.id = i.gesprek_id, q where i.zoek @@ q.q
            ),
            beste as (
                select distinct on (id) id, stuk, sum(rang) over (partition by id) as totaal from treffers order by id, rang desc
            )
            select g.id, g.titel, g.gestart as moment, beste.totaal as rang, %s as fragment
            from beste join trendgesprek g on g.id = beste.id, q
            order by beste.totaal desc, g.gestart desc limit ?""".formatted(Zoekbron.fragment("beste.stuk"));

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
                vraag.tsquery(), zoeker.bestuurId(), zoeker.scholen().toArray(UUID[]::new), vraag.vorm(), vraag.vorm(), hoogstens);
    }
}
