package nl.leerteam.trends.domain;

import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Vak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Notes on points of a school's results. */
@Repository
public class TrendnotitieOpslag {

    public record Notitie(UUID id, UUID schoolId, Vak vak, Schooljaar schooljaar, Meetmoment meetmoment, int jaargroep, String tekst,
                          UUID auteurId) {
    }

    private static final String NOTITIE = "select id, school_id, vak, schooljaar, meetmoment, jaargroep, tekst, auteur_id from trend_notitie ";

    private final JdbcTemplate jdbc;

    TrendnotitieOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Notitie> vanSchooljaar(UUID schoolId, Schooljaar jaar) {
        return jdbc.query(NOTITIE + "where school_id = ? and schooljaar = ? order by aangemaakt, id", (rij, i) -> notitie(rij),
                schoolId, (short) jaar.beginjaar());
    }

    public Optional<Notitie> notitie(UUID id) {
        return jdbc.query(NOTITIE + "where id = ?", (rij, i) -> notitie(rij), id).stream().findFirst();
    }

    public int aantalOpPunt(UUID schoolId, Vak vak, Schooljaar jaar, Meetmoment moment, int jaargroep) {
        Integer n = jdbc.queryForObject("select count(*) from trend_notitie where school_id = ? and vak = ? and schooljaar = ? "
                + "and meetmoment = ? and jaargroep = ?", Integer.class, schoolId, vak.name(), (short) jaar.beginjaar(), moment.name(),
                (short) jaargroep);
        return n == null ? 0 : n;
    }

    public UUID nieuw(UUID bestuurId, UUID schoolId, Vak vak, Schooljaar jaar, Meetmoment moment, int jaargroep, String tekst,
                      UUID auteurId, Instant aangemaakt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into trend_notitie (id, bestuur_id, school_id, schooljaar, meetmoment, jaargroep, vak, tekst, auteur_id, "
                        + "aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, bestuurId, schoolId, (short) jaar.beginjaar(),
                moment.name(), (short) jaargroep, vak.name(), tekst, auteurId, Timestamp.from(aangemaakt));
        return id;
    }

    public void verwijder(UUID id) {
        jdbc.update("delete from trend_notitie where id = ?", id);
    }

    private static Notitie notitie(java.sql.ResultSet rij) throws java.sql.SQLException {
        return new Notitie(rij.getObject("id", UUID.class), rij.getObject("school_id", UUID.class), Vak.valueOf(rij.getString("vak")),
                new Schooljaar(rij.getInt("schooljaar")), Meetmoment.valueOf(rij.getString("meetmoment").trim()), rij.getInt("jaargroep"),
                rij.getString("tekst"), rij.getObject("auteur_id", UUID.class));
    }
}
