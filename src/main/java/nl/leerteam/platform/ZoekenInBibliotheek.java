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
    private static final String SQL = """
            with q as (select to_tsquery('dutch', ?) as q),
            huidig as (
                select distinct on (v.bestand_id) v.* from studiedag_bestand_versie v
                join studiedag_bestand b on b.id = v.bestand_id where b.bestuur_id = ?
                order by v.bestand_id, v.nummer desc
            ),
            leesbaar as (
                select b.*, h.zoek as versie_zoek, h.tekst from studiedag_bestand b join huidig h on h.bestand_id = b.id
                where b.school_id = any (?) or h.goedgekeurd_door is not null
            )
            select b.id, b.titel, b.aangemaakt as moment,
                   greatest(case when b.zoek @@ q.q then ts_rank_cd(b.zoek, q.q, 32) * 2 else 0 end,
                            case when b.versie_zoek @@ q.q then ts_rank_cd(b.versie_zoek, q.q, 32) else 0 end,
                            word_similarity(?, lt_zoekvorm(b.titel)) * 0.2) as rang,
                   %s as fragment
            from leesbaar b, q
            where b.zoek @@ q.q or b.versie_zoek @@ q.q or lt_zoekvorm(b.titel) %%> ?
            order by rang desc, b.aangemaakt desc limit ?""".formatted(Zoekbron.fragment(
            "b.titel || ' · ' || coalesce(b.beschrijving, '') || ' · ' || b.tekst"));

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
                vraag.tsquery(), zoeker.bestuurId(), zoeker.scholen().toArray(UUID[]::new), vraag.vorm(), vraag.vorm(), hoogstens);
    }
}
