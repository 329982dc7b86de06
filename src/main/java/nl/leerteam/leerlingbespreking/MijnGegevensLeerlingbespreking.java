package nl.leerteam.leerlingbespreking;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The cases the person brought in (with their agreements and questions to the KC) and what they contributed to other
 * cases, for their export. Of another owner's case only the person's own words, not the case.
 */
@Component
@Order(20)
class MijnGegevensLeerlingbespreking implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensLeerlingbespreking(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "casussen", """
                        select c.pseudoniem, c.groep, l.naam as leerteam, c.status, c.hulpvraag, c.wat_zie_ik, c.al_geprobeerd,
                               c.wat_gaat_goed, c.wat_belemmert, c.ouders_betrokken, c.ouders_datum, c.ouders_afspraken,
                               c.ouders_waarom_niet, c.aangemaakt, c.gewijzigd, c.gesloten_op
                        from casus c join leerteam l on l.id = c.leerteam_id where c.eigenaar_id = ? order by c.aangemaakt""", ik),
                Onderdeel.uit(jdbc, "afspraken", """
                        select c.pseudoniem, a.tekst, a.evaluatiedatum, a.resultaat, a.evaluatie, a.geevalueerd_op, a.aangemaakt
                        from afspraak a join casus c on c.id = a.casus_id where c.eigenaar_id = ? order by a.aangemaakt""", ik),
                Onderdeel.uit(jdbc, "escalaties", """
                        select c.pseudoniem, e.vraag, e.geescaleerd_op, e.vervolgstap, e.vervolgstap_datum, e.verwijzing
                        from escalatie e join casus c on c.id = e.casus_id where c.eigenaar_id = ? order by e.geescaleerd_op""", ik),
                Onderdeel.uit(jdbc, "bijdragen", """
                        select soort, factor, tekst, aangemaakt from bijdrage where auteur_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "escalatieberichten", """
                        select soort, tekst, aangemaakt from escalatie_bericht where auteur_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "besprekingen_voorgezeten", """
                        select gestart, afgerond from bespreking where voorzitter_id = ? order by gestart""", ik));
    }
}
