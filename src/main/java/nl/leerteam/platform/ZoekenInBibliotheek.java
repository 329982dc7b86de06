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
 * Files of the studiedag library (BibliotheekService's rule: the files of one's own schools, and of the board's other
 * schools once their current version is approved), found by title (a typo too), description, study day and the text
 * extracted from the current version.
 */
@Component
class ZoekenInBibliotheek implements Zoekbron {

    static final String SOORT = "STUDIEDAGBESTAND";
    /*
     * Matches first (full-text on the file's title and description and on its versions' extracted text, trigram on the
     * title), then whether the person may open the file (own school, or the current version approved) and whether the
     * text matched is the current version's. The extracted texts are long: never read for files that did not match, and
     * not ranked (their vectors of thousands of positions cost more to rank than the rest of the search): a file whose
     * title or description matches comes first, by rank; one that matches in its text only after it, newest first.
     */
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            treffers as (
                select b.id, b.id as bestand_id, null::integer as nummer, ts_rank_cd(b.zoek, q.q, 32) * 2 as rang
                from studiedag_bestand b, q where b.bestuur_id = ? and b.zoek @@ q.q
                union all
                select b.id, b.id, null, word_similarity(?, lt_zoekvorm(b.titel)) * 0.2 from studiedag_bestand b
                where b.bestuur_id = ? and lt_zoekvorm(b.titel) %%> ?
                union all
                select v.bestand_id, v.bestand_id, v.nummer, 0.01::real
                from studiedag_bestand_versie v join studiedag_bestand b on b.id = v.bestand_id, q where b.bestuur_id = ? and v.zoek @@ q.q
            ),
            huidig as (
                select t.bestand_id, (select max(v.nummer) from studiedag_bestand_versie v where v.bestand_id = t.bestand_id) as nummer
                from (select distinct bestand_id from treffers) t
            ),
            beste as (
                select t.id, max(t.rang) as rang from treffers t join huidig h on h.bestand_id = t.bestand_id
                where t.nummer is null or t.nummer = h.nummer group by t.id
            )
            select b.id, b.titel, b.aangemaakt as moment, beste.rang, %s as fragment
            from beste join studiedag_bestand b on b.id = beste.id join huidig h on h.bestand_id = b.id
            join studiedag_bestand_versie hv on hv.bestand_id = h.bestand_id and hv.nummer = h.nummer, q
            where b.school_id = any (?) or hv.goedgekeurd_door is not null
            order by beste.rang desc, b.aangemaakt desc limit ?""".formatted(Zoekbron.fragment(
            "b.titel || ' · ' || coalesce(b.beschrijving, '') || ' · ' || hv.tekst"));

    private final JdbcTemplate jdbc;

    ZoekenInBibliotheek(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public List<Zoekresultaat> zoek(Zoekvraag vraag, Zoeker zoeker, int hoogstens) {
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "platform/bibliotheek/"),
                vraag.tsquery(), zoeker.bestuurId(), vraag.vorm(), zoeker.bestuurId(), vraag.vorm(), zoeker.bestuurId(),
                zoeker.scholen().toArray(UUID[]::new), hoogstens);
    }
}
