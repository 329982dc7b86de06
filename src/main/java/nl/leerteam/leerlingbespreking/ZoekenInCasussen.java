package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.shared.zoeken.Zoekvraag;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** Cases of the leerteams the person reads (CasusLezer's rule: the members, and the KCs of the school), best first. */
@Component
class ZoekenInCasussen implements Zoekbron {

    static final String SOORT = "CASUS";
    /*
     * The cases of the person's leerteams first (a few thousand at most), then the match on each: ANDed with the
     * full-text index of the whole board instead, a common word's thousands of matches were fetched to be thrown away.
     */
    private static final String SQL = """
            select c.id, c.pseudoniem || ': ' || c.hulpvraag as titel, c.gewijzigd as moment, ts_rank_cd(c.zoek, q, 32) as rang, %s as fragment
            from (select * from casus c where c.bestuur_id = ? and c.leerteam_id = any (?) offset 0) c, to_tsquery('dutch', ?) q
            where c.zoek @@ q
            order by rang desc, c.gewijzigd desc limit ?""".formatted(Zoekbron.fragment(
            "concat_ws(' · ', c.hulpvraag, c.wat_zie_ik, c.al_geprobeerd, c.wat_gaat_goed, c.wat_belemmert, "
                    + "c.ouders_afspraken, c.ouders_waarom_niet)"));

    private final JdbcTemplate jdbc;

    ZoekenInCasussen(JdbcTemplate jdbc) {
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
        return jdbc.query(SQL, Zoekbron.rij(SOORT, "casussen/"),
                zoeker.bestuurId(), zoeker.leerteams().toArray(UUID[]::new), vraag.tsquery(), hoogstens);
    }
}
