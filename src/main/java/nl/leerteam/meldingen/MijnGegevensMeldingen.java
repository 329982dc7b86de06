package nl.leerteam.meldingen;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** The person's notifications (kinds and moments: the subjects are ids) and their mail choices, for their export. */
@Component
@Order(70)
class MijnGegevensMeldingen implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensMeldingen(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "meldingen", """
                        select soort, ruimte, aangemaakt, gelezen_op, afgehandeld_op as gemaild_of_afgehandeld from melding
                        where ontvanger_id = ? order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "meldingvoorkeuren", """
                        select ruimte, direct, samenvatting, samenvatting_tot from melding_voorkeur where gebruiker_id = ?
                        order by ruimte""", ik));
    }
}
