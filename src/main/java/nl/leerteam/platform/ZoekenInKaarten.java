package nl.leerteam.platform;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Practice cards of the board, in the version the person sees (PraktijkkaartService's rule): a card of their own school
 * in its latest version; one under review for a KC of another school of the board; any other only as published.
 */
@Component
class ZoekenInKaarten implements Zoekbron {

    static final String SOORT = "PRAKTIJKKAART";
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            kaarten as (
                select k.id, k.school_id, k.gepubliceerde_versie, k.aangemaakt,
                       (select max(v.nummer) from praktijkkaart_versie v where v.kaart_id = k.id) as laatste
                from praktijkkaart k where k.bestuur_id = ?
            ),
            getoond as (
                select k.id, k.aangemaakt, case
                        when k.school_id = any (?) then k.laatste
                        when lv.status = 'TER_REVIEW' and cardinality(array_remove(?::uuid[], k.school_id)) > 0 then k.laatste
                        else k.gepubliceerde_versie end as nummer
                from kaarten k join praktijkkaart_versie lv on lv.kaart_id = k.id and lv.nummer = k.laatste
            )
            select v.kaart_id as id, v.titel, g.aangemaakt as moment,
                   greatest(case when v.zoek @@ q.q then ts_rank_cd(v.zoek, q.q, 32) else 0 end,
                            word_similarity(?, lt_zoekvorm(v.titel)) * 0.2) as rang,
                   %s as fragment
            from getoond g join praktijkkaart_versie v on v.kaart_id = g.id and v.nummer = g.nummer, q
            where v.zoek @@ q.q or lt_zoekvorm(v.titel) %%> ?
            order by rang desc limit ?""".formatted(Zoekbron.fragment(
            "v.titel || ' · ' || coalesce(v.aanleiding, '') || ' ' || coalesce(v.wat, '') || ' ' || coalesce(v.waarom, '') || ' ' "
                    + "|| coalesce(v.hoe, '') || ' ' || coalesce(v.resultaten, '')"));

    private final JdbcTemplate jdbc;

    ZoekenInKaarten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "platform/kaarten/"),
                vraag.tsquery(), zoeker.bestuurId(), zoeker.scholen().toArray(UUID[]::new), zoeker.kcScholen().toArray(UUID[]::new),
                vraag.vorm(), vraag.vorm(), hoogstens);
    }
}
