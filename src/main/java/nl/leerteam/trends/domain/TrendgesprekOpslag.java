package nl.leerteam.trends.domain;

import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.trends.HypotheseStatus;
import nl.leerteam.trends.InterventieResultaat;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.TrendSelectie;
import nl.leerteam.trends.Vak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Trend discussions with their observations, hypotheses and interventions. Every change that others
 * may make at the same time is based on the version it was read at, so none is overwritten unseen.
 */
@Repository
public class TrendgesprekOpslag {

    public record Gesprek(UUID id, UUID schoolId, UUID leerteamId, String titel, String aanleiding, String conclusie,
                          UUID gestartDoor, Instant gestart, Instant afgerond, long version) {
    }

    /** An observation, or a hypothesis when {@code status} is set. */
    public record Bijdrage(UUID id, UUID gesprekId, String tekst, TrendSelectie selectie, HypotheseStatus status, String bewijs,
                           UUID auteurId, long version) {
    }

    public record Interventie(UUID id, UUID gesprekId, String wat, String wie, LocalDate vanaf, LocalDate evaluatieOp,
                              List<UUID> criteria, InterventieResultaat resultaat, String evaluatie, long version) {
    }

    /** A discussion in a school's list, with how many interventions it has and how many wait for evaluation on {@code peildatum}. */
    public record Samenvatting(UUID id, UUID leerteamId, String titel, Instant gestart, Instant afgerond, int interventies,
                               int teEvalueren) {
    }

    private static final String GESPREK = "select id, school_id, leerteam_id, titel, aanleiding, conclusie, gestart_door, gestart, "
            + "afgerond, version from trendgesprek ";
    private static final String BIJDRAGE = "select id, gesprek_id, tekst, vak, schooljaar, meetmoment, jaargroep, status, bewijs, "
            + "auteur_id, version from trend_waarneming ";
    private static final String INTERVENTIE = "select id, gesprek_id, wat, wie, vanaf, evaluatie_op, criteria, resultaat, "
            + "evaluatie, version from trend_interventie ";

    private final JdbcTemplate jdbc;

    TrendgesprekOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID nieuw(UUID bestuurId, UUID schoolId, UUID leerteamId, String titel, String aanleiding, UUID door, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into trendgesprek (id, bestuur_id, school_id, leerteam_id, titel, aanleiding, gestart_door, gestart) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, bestuurId, schoolId, leerteamId, titel, aanleiding, door, Timestamp.from(moment));
        return id;
    }

    public Optional<Gesprek> gesprek(UUID id) {
        return jdbc.query(GESPREK + "where id = ?", TrendgesprekOpslag::gesprek, id).stream().findFirst();
    }

    public List<Samenvatting> vanSchool(UUID schoolId, LocalDate peildatum) {
        return jdbc.query("select g.id, g.leerteam_id, g.titel, g.gestart, g.afgerond, count(i.id) as interventies, "
                        + "count(i.id) filter (where i.geevalueerd is null and i.evaluatie_op <= ?) as te_evalueren "
                        + "from trendgesprek g left join trend_interventie i on i.gesprek_id = g.id where g.school_id = ? "
                        + "group by g.id order by g.afgerond is not null, g.gestart desc",
                (rij, i) -> new Samenvatting(rij.getObject("id", UUID.class), rij.getObject("leerteam_id", UUID.class),
                        rij.getString("titel"), rij.getTimestamp("gestart").toInstant(), instant(rij.getTimestamp("afgerond")),
                        rij.getInt("interventies"), rij.getInt("te_evalueren")),
                Date.valueOf(peildatum), schoolId);
    }

    /** The discussions of the schools that a leerteam meeting can put on its agenda: not closed yet. */
    public List<Gesprek> lopend(UUID schoolId) {
        return jdbc.query(GESPREK + "where school_id = ? and afgerond is null order by gestart desc", TrendgesprekOpslag::gesprek, schoolId);
    }

    /** @throws GelijktijdigGewijzigd when someone changed it since {@code version} was read */
    public void conclusie(UUID id, String conclusie, long version) {
        zeker(jdbc.update("update trendgesprek set conclusie = ?, version = version + 1 where id = ? and version = ?",
                conclusie, id, version));
    }

    public void afronden(UUID id, Instant moment, long version) {
        zeker(jdbc.update("update trendgesprek set afgerond = ?, version = version + 1 where id = ? and version = ? and afgerond is null",
                Timestamp.from(moment), id, version));
    }

    public void heropenen(UUID id, long version) {
        zeker(jdbc.update("update trendgesprek set afgerond = null, version = version + 1 where id = ? and version = ?", id, version));
    }

    public List<Bijdrage> bijdragen(UUID gesprekId) {
        return jdbc.query(BIJDRAGE + "where gesprek_id = ? order by aangemaakt, id", TrendgesprekOpslag::bijdrage, gesprekId);
    }

    public Optional<Bijdrage> bijdrage(UUID id) {
        return jdbc.query(BIJDRAGE + "where id = ?", TrendgesprekOpslag::bijdrage, id).stream().findFirst();
    }

    /** @param status {@code null} for an observation, {@link HypotheseStatus#OPEN} for a new hypothesis */
    public UUID bijdragen(UUID gesprekId, String tekst, TrendSelectie selectie, HypotheseStatus status, UUID auteurId, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into trend_waarneming (id, gesprek_id, soort, tekst, vak, schooljaar, meetmoment, jaargroep, status, "
                        + "auteur_id, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, gesprekId, status == null ? "WAARNEMING" : "HYPOTHESE", tekst, selectie.vak().name(),
                (short) selectie.schooljaar().beginjaar(), selectie.meetmoment() == null ? null : selectie.meetmoment().name(),
                selectie.jaargroep(), status == null ? null : status.name(), auteurId, Timestamp.from(moment));
        return id;
    }

    public void beoordelen(UUID hypotheseId, HypotheseStatus status, String bewijs, long version) {
        zeker(jdbc.update("update trend_waarneming set status = ?, bewijs = ?, version = version + 1 "
                + "where id = ? and soort = 'HYPOTHESE' and version = ?", status.name(), bewijs, hypotheseId, version));
    }

    public List<Interventie> interventies(UUID gesprekId) {
        return jdbc.query(INTERVENTIE + "where gesprek_id = ? order by aangemaakt, id", TrendgesprekOpslag::interventie, gesprekId);
    }

    public Optional<Interventie> interventie(UUID id) {
        return jdbc.query(INTERVENTIE + "where id = ?", TrendgesprekOpslag::interventie, id).stream().findFirst();
    }

    /** An intervention's evaluation as the quality calendar shows it. */
    public record Evaluatie(UUID gesprekId, String wat, LocalDate op, boolean gedaan) {
    }

    /** The evaluations of a school's interventions that fall from {@code van} up to and including {@code tot}. */
    public List<Evaluatie> evaluaties(UUID schoolId, LocalDate van, LocalDate tot) {
        return jdbc.query("select i.gesprek_id, i.wat, i.evaluatie_op, i.geevalueerd is not null as gedaan from trend_interventie i "
                        + "join trendgesprek g on g.id = i.gesprek_id where g.school_id = ? and i.evaluatie_op between ? and ? "
                        + "order by i.evaluatie_op",
                (rij, i) -> new Evaluatie(rij.getObject("gesprek_id", UUID.class), rij.getString("wat"), rij.getDate("evaluatie_op").toLocalDate(),
                        rij.getBoolean("gedaan")), schoolId, Date.valueOf(van), Date.valueOf(tot));
    }

    /** The interventions of a school's discussions that are running on {@code dag} and name kijkwijzer criteria. */
    public List<Interventie> lopendMetCriteria(UUID schoolId, LocalDate dag) {
        return jdbc.query("select i.id, i.gesprek_id, i.wat, i.wie, i.vanaf, i.evaluatie_op, i.criteria, i.resultaat, i.evaluatie, "
                        + "i.version from trend_interventie i join trendgesprek g on g.id = i.gesprek_id "
                        + "where g.school_id = ? and i.vanaf <= ? and i.geevalueerd is null and cardinality(i.criteria) > 0",
                TrendgesprekOpslag::interventie, schoolId, Date.valueOf(dag));
    }

    public UUID interventieToevoegen(UUID gesprekId, String wat, String wie, LocalDate vanaf, LocalDate evaluatieOp,
                                     Collection<UUID> criteria, UUID auteurId, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into trend_interventie (id, gesprek_id, wat, wie, vanaf, evaluatie_op, criteria, auteur_id, aangemaakt) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, gesprekId, wat, wie, Date.valueOf(vanaf), Date.valueOf(evaluatieOp),
                criteria.toArray(UUID[]::new), auteurId, Timestamp.from(moment));
        return id;
    }

    public void evalueren(UUID interventieId, InterventieResultaat resultaat, String evaluatie, Instant moment, long version) {
        zeker(jdbc.update("update trend_interventie set resultaat = ?, evaluatie = ?, geevalueerd = ?, version = version + 1 "
                + "where id = ? and version = ?", resultaat.name(), evaluatie, Timestamp.from(moment), interventieId, version));
    }

    private static void zeker(int gewijzigd) {
        if (gewijzigd == 0) {
            throw new GelijktijdigGewijzigd("trendgesprek");
        }
    }

    private static Gesprek gesprek(ResultSet rij, int i) throws SQLException {
        return new Gesprek(rij.getObject("id", UUID.class), rij.getObject("school_id", UUID.class),
                rij.getObject("leerteam_id", UUID.class), rij.getString("titel"), rij.getString("aanleiding"),
                rij.getString("conclusie"), rij.getObject("gestart_door", UUID.class), rij.getTimestamp("gestart").toInstant(),
                instant(rij.getTimestamp("afgerond")), rij.getLong("version"));
    }

    private static Bijdrage bijdrage(ResultSet rij, int i) throws SQLException {
        String meetmoment = rij.getString("meetmoment");
        String status = rij.getString("status");
        TrendSelectie selectie = new TrendSelectie(Vak.valueOf(rij.getString("vak")), new Schooljaar(rij.getInt("schooljaar")),
                meetmoment == null ? null : Meetmoment.valueOf(meetmoment.trim()), rij.getObject("jaargroep", Integer.class));
        return new Bijdrage(rij.getObject("id", UUID.class), rij.getObject("gesprek_id", UUID.class), rij.getString("tekst"), selectie,
                status == null ? null : HypotheseStatus.valueOf(status), rij.getString("bewijs"),
                rij.getObject("auteur_id", UUID.class), rij.getLong("version"));
    }

    private static Interventie interventie(ResultSet rij, int i) throws SQLException {
        String resultaat = rij.getString("resultaat");
        return new Interventie(rij.getObject("id", UUID.class), rij.getObject("gesprek_id", UUID.class), rij.getString("wat"),
                rij.getString("wie"), rij.getDate("vanaf").toLocalDate(), rij.getDate("evaluatie_op").toLocalDate(),
                Arrays.asList((UUID[]) rij.getArray("criteria").getArray()),
                resultaat == null ? null : InterventieResultaat.valueOf(resultaat), rij.getString("evaluatie"), rij.getLong("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
