package nl.leerteam.organisatie;

import nl.leerteam.privacy.MijnGegevens;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/** The person's profile, roles, leerteams, invitations and what they listed as no name, for their export. */
@Component
@Order(10)
class MijnGegevensOrganisatie implements MijnGegevens {

    private final JdbcTemplate jdbc;

    MijnGegevensOrganisatie(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Onderdeel> over(UUID ik) {
        return List.of(
                Onderdeel.uit(jdbc, "profiel", """
                        select g.naam, g.email, g.taal, b.naam as bestuur, g.bestuurder, g.beheerder, g.aangemaakt,
                               g.laatst_ingelogd, g.oidc_issuer as inlog_via
                        from gebruiker g left join bestuur b on b.id = g.bestuur_id where g.id = ?""", ik),
                Onderdeel.uit(jdbc, "schoolrollen", """
                        select s.naam as school, r.rol from school_rol r join school s on s.id = r.school_id
                        where r.gebruiker_id = ? order by s.naam, r.rol""", ik),
                Onderdeel.uit(jdbc, "leerteams", """
                        select s.naam as school, l.naam as leerteam, l.gearchiveerd_op from leerteam_lid m
                        join leerteam l on l.id = m.leerteam_id join school s on s.id = l.school_id
                        where m.gebruiker_id = ? order by s.naam, l.naam""", ik),
                Onderdeel.uit(jdbc, "uitnodigingen", """
                        select aangemaakt, verloopt_op, geaccepteerd_op from uitnodiging where gebruiker_id = ?
                        order by aangemaakt""", ik),
                Onderdeel.uit(jdbc, "schoolwoorden", """
                        select s.naam as school, w.woord, w.toegevoegd_op from school_woord w join school s on s.id = w.school_id
                        where w.toegevoegd_door = ? order by w.toegevoegd_op""", ik));
    }
}
