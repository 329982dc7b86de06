package nl.leerteam.bijeenkomst;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The meetings the person took part in (and whether they chaired or took the minutes), their action items and agenda
 * proposals, for their export. The minutes are the team's record and stay out of one person's export.
 */
@Component
@Order(30)
class MijnGegevensBijeenkomst implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensBijeenkomst(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "bijeenkomsten", """
                        select b.titel, b.datum, l.naam as leerteam, b.voorzitter_id = ? as voorzitter, b.notulist_id = ? as notulist
                        from bijeenkomst b join leerteam l on l.id = b.leerteam_id
                        where b.voorzitter_id = ? or b.notulist_id = ?
                           or exists (select 1 from bijeenkomst_deelnemer d where d.bijeenkomst_id = b.id and d.gebruiker_id = ?)
                        order by b.datum""", ik, ik, ik, ik, ik),
                Onderdeel.uit(jdbc, "actiepunten", """
                        select tekst, deadline, afgerond_op, aangemaakt from actiepunt where eigenaar_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "agendavoorstellen", """
                        select titel, toelichting, aangemaakt, verwerkt from agendavoorstel where door_id = ? order by aangemaakt""", ik));
    }
}
