package nl.leerteam.leerlingbespreking.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What of a teacher's own open cases waits for her: agreements whose evaluation date has come, and a KC who
 * asked, advised or chose a next step since she last wrote. Titles and dates only: the text stays in the case.
 */
@Repository
public class Casuswerk {

    public record TeEvalueren(UUID casusId, String pseudoniem, int groep, String afspraak, LocalDate evaluatiedatum) {
    }

    /** @param soort VRAAG, ADVIES or VERVOLGSTAP: what the KC did last */
    public record KcReactie(UUID casusId, String pseudoniem, int groep, String soort, Instant wanneer) {
    }

    private final JdbcClient jdbc;

    Casuswerk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TeEvalueren> teEvalueren(UUID eigenaarId, Collection<UUID> leerteams, LocalDate uiterlijk, int max) {
        return jdbc.sql("""
                        select c.id, c.pseudoniem, c.groep, a.tekst, a.evaluatiedatum from afspraak a join casus c on c.id = a.casus_id
                        where c.eigenaar_id = :eigenaar and c.leerteam_id in (:leerteams) and c.status <> 'GESLOTEN'
                          and a.geevalueerd_op is null and a.evaluatiedatum <= :uiterlijk
                        order by a.evaluatiedatum, a.aangemaakt limit :max""")
                .param("eigenaar", eigenaarId).param("leerteams", leerteams).param("uiterlijk", uiterlijk).param("max", max)
                .query((rij, i) -> new TeEvalueren(rij.getObject(1, UUID.class), rij.getString(2), rij.getInt(3), rij.getString(4),
                        rij.getObject(5, LocalDate.class)))
                .list();
    }

    public List<KcReactie> kcReacties(UUID eigenaarId, Collection<UUID> leerteams, Instant sinds, int max) {
        return jdbc.sql("""
                        select c.id, c.pseudoniem, c.groep, r.soort, r.wanneer from casus c
                        join escalatie e on e.casus_id = c.id
                        join lateral (
                            select b.soort, b.aangemaakt as wanneer from escalatie_bericht b
                            where b.escalatie_id = e.id and b.auteur_id <> c.eigenaar_id
                            union all
                            select 'VERVOLGSTAP', e.vervolgstap_op where e.vervolgstap_op is not null
                            order by wanneer desc limit 1) r on true
                        where c.eigenaar_id = :eigenaar and c.leerteam_id in (:leerteams) and c.status <> 'GESLOTEN'
                          and r.wanneer >= :sinds
                          and r.wanneer > coalesce((select max(b.aangemaakt) from escalatie_bericht b
                                                    where b.escalatie_id = e.id and b.auteur_id = c.eigenaar_id), e.geescaleerd_op)
                        order by r.wanneer desc limit :max""")
                .param("eigenaar", eigenaarId).param("leerteams", leerteams).param("sinds", java.sql.Timestamp.from(sinds))
                .param("max", max)
                .query((rij, i) -> new KcReactie(rij.getObject(1, UUID.class), rij.getString(2), rij.getInt(3), rij.getString(4),
                        rij.getTimestamp(5).toInstant()))
                .list();
    }
}
