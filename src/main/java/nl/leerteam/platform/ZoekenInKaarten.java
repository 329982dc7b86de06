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
    /*
     * The matching versions of the board's cards first (full-text and trigram index), then only for those whether they
     * are the version this person sees (the rule of PraktijkkaartService, stated again: the latest for the card's own
     * school, the latest under review for KCs of the board's other schools, else the published one). Working out the
     * shown version of every card of the board first cost 50 ms for a board of 3,000 cards.
     */
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            treffers as (
                select v.kaart_id, v.nummer, ts_rank_cd(v.zoek, q.q, 32) as rang
                from praktijkkaart_versie v join praktijkkaart k on k.id = v.kaart_id, q where k.bestuur_id = ? and v.zoek @@ q.q
                union all
                select v.kaart_id, v.nummer, word_similarity(?, lt_zoekvorm(v.titel)) * 0.2
                from praktijkkaart_versie v join praktijkkaart k on k.id = v.kaart_id where k.bestuur_id = ? and lt_zoekvorm(v.titel) %%> ?
            ),
            beste as (select kaart_id, nummer, max(rang) as rang from treffers group by kaart_id, nummer)
            select k.id, v.titel, k.aangemaakt as moment, t.rang, %s as fragment
            from beste t join praktijkkaart k on k.id = t.kaart_id
            cross join lateral (select lv.nummer, lv.status from praktijkkaart_versie lv where lv.kaart_id = k.id
                                order by lv.nummer desc limit 1) laatste
            join praktijkkaart_versie v on v.kaart_id = t.kaart_id and v.nummer = t.nummer, q
            where t.nummer = case when k.school_id = any (?) then laatste.nummer
                    when laatste.status = 'TER_REVIEW' and cardinality(array_remove(?::uuid[], k.school_id)) > 0 then laatste.nummer
                    else k.gepubliceerde_versie end
            order by t.rang desc, k.aangemaakt desc limit ?""".formatted(Zoekbron.fragment(
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
                vraag.tsquery(), zoeker.bestuurId(), vraag.vorm(), zoeker.bestuurId(), vraag.vorm(), zoeker.scholen().toArray(UUID[]::new),
                zoeker.kcScholen().toArray(UUID[]::new), hoogstens);
    }
}
