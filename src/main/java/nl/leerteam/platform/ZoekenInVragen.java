package nl.leerteam.platform;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Questions to peers and their answers on the board's KC-platform (VraagService's rule: its KCs and board staff), found
 * by the question's title (a typo too) and text and by the answers; one result per question.
 */
@Component
class ZoekenInVragen implements Zoekbron {

    static final String SOORT = "PLATFORMVRAAG";
    /*
     * Every question of the board is readable for its KCs and board staff, so the full-text and trigram indexes come
     * first here, with the board in each branch; the snippet only for the questions shown, from their best piece.
     */
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            treffers as (
                select v.id, ts_rank_cd(v.zoek, q.q, 32) * 2 as rang, 'V' as bron, v.id as bron_id
                from platform_vraag v, q where v.bestuur_id = ? and v.zoek @@ q.q
                union all
                select v.id, word_similarity(?, lt_zoekvorm(v.titel)) * 0.2, 'T', v.id from platform_vraag v
                where v.bestuur_id = ? and lt_zoekvorm(v.titel) %%> ?
                union all
                select a.vraag_id, ts_rank_cd(a.zoek, q.q, 32), 'A', a.id
                from platform_antwoord a join platform_vraag v on v.id = a.vraag_id, q where v.bestuur_id = ? and a.zoek @@ q.q
            ),
            beste as (
                select distinct on (id) id, bron, bron_id, sum(rang) over (partition by id) as totaal from treffers order by id, rang desc
            )
            select v.id, v.titel, v.aangemaakt as moment, beste.totaal as rang, %s as fragment
            from beste join platform_vraag v on v.id = beste.id, q
            order by beste.totaal desc, v.aangemaakt desc limit ?""".formatted(Zoekbron.fragment("""
            case beste.bron when 'V' then v.titel || ' · ' || coalesce(v.tekst, '') when 'T' then v.titel
                else (select a.tekst from platform_antwoord a where a.id = beste.bron_id) end"""));

    private final JdbcTemplate jdbc;

    ZoekenInVragen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        if (zoeker.kcScholen().isEmpty() && !zoeker.bestuurder()) {
            return List.of();
        }
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "platform/vragen/"),
                vraag.tsquery(), zoeker.bestuurId(), vraag.vorm(), zoeker.bestuurId(), vraag.vorm(), zoeker.bestuurId(), hoogstens);
    }
}
