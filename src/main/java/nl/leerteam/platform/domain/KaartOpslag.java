package nl.leerteam.platform.domain;

import nl.leerteam.platform.Bewijs;
import nl.leerteam.platform.Context;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.KaartInvoer;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Practice cards with their versions, history and the board's vocabulary of themes. A change to a card
 * raises its version where it was read, so two people never overwrite each other unseen.
 */
@Repository
public class KaartOpslag {

    public enum Status { CONCEPT, TER_REVIEW, GOEDGEKEURD }

    public record Kaart(UUID id, UUID bestuurId, UUID schoolId, UUID eigenaarId, Integer gepubliceerdeVersie, long version) {
    }

    public record Versie(UUID kaartId, int nummer, Status status, KaartInvoer invoer, UUID reviewerId, String opmerking) {
    }

    public record Stap(String stap, int nummer, UUID doorId, Instant moment, String opmerking) {
    }

    public record Thema(UUID id, String naam) {
    }

    private static final String VERSIE = "select kaart_id, nummer, status, titel, domein, themas, groepen, schoolgrootte, populatie, "
            + "aanleiding, wat, waarom, hoe, resultaten, bewijs, uren, herzien_voor, reviewer_id, opmerking from praktijkkaart_versie ";

    private final JdbcTemplate jdbc;

    KaartOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public UUID nieuw(UUID bestuurId, UUID schoolId, UUID eigenaarId, KaartInvoer invoer, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into praktijkkaart (id, bestuur_id, school_id, eigenaar_id, aangemaakt) values (?, ?, ?, ?, ?)",
                id, bestuurId, schoolId, eigenaarId, Timestamp.from(moment));
        nieuweVersie(id, 1, invoer);
        return id;
    }

    public Optional<Kaart> kaart(UUID id) {
        return jdbc.query("select id, bestuur_id, school_id, eigenaar_id, gepubliceerde_versie, version from praktijkkaart where id = ?",
                KaartOpslag::kaart, id).stream().findFirst();
    }

    public List<Kaart> vanBestuur(UUID bestuurId) {
        return jdbc.query("select id, bestuur_id, school_id, eigenaar_id, gepubliceerde_versie, version from praktijkkaart "
                + "where bestuur_id = ? order by aangemaakt desc", KaartOpslag::kaart, bestuurId);
    }

    /** Every version of the board's cards, per card, newest last. */
    public Map<UUID, List<Versie>> versiesVanBestuur(UUID bestuurId) {
        // the version's columns are its own, so they need no table name in the join
        return jdbc.query(VERSIE + "join praktijkkaart k on k.id = kaart_id where k.bestuur_id = ? order by kaart_id, nummer",
                KaartOpslag::versie, bestuurId).stream().collect(Collectors.groupingBy(Versie::kaartId));
    }

    public List<Versie> versies(UUID kaartId) {
        return jdbc.query(VERSIE + "where kaart_id = ? order by nummer", KaartOpslag::versie, kaartId);
    }

    /** Raises the card's version if it is still {@code version}: the one write that says nobody changed it meanwhile. */
    public void zeker(UUID kaartId, long version) {
        if (jdbc.update("update praktijkkaart set version = version + 1 where id = ? and version = ?", kaartId, version) == 0) {
            throw new GelijktijdigGewijzigd("praktijkkaart");
        }
    }

    public void nieuweVersie(UUID kaartId, int nummer, KaartInvoer i) {
        jdbc.update("insert into praktijkkaart_versie (kaart_id, nummer, status, titel, domein, themas, groepen, schoolgrootte, populatie, "
                        + "aanleiding, wat, waarom, hoe, resultaten, bewijs, uren, herzien_voor) values (?, ?, 'CONCEPT', ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?)", kaartId, nummer, i.titel(), i.domein().name(), i.themas().toArray(UUID[]::new),
                i.groepen().stream().map(Integer::shortValue).toArray(Short[]::new), naam(i.schoolgrootte()), naam(i.populatie()),
                i.aanleiding(), i.wat(), i.waarom(), i.hoe(), i.resultaten(), naam(i.bewijs()), i.uren(), Date.valueOf(i.herzienVoor()));
    }

    public void wijzigConcept(UUID kaartId, int nummer, KaartInvoer i) {
        jdbc.update("update praktijkkaart_versie set titel = ?, domein = ?, themas = ?, groepen = ?, schoolgrootte = ?, populatie = ?, "
                        + "aanleiding = ?, wat = ?, waarom = ?, hoe = ?, resultaten = ?, bewijs = ?, uren = ?, herzien_voor = ?, opmerking = null "
                        + "where kaart_id = ? and nummer = ? and status = 'CONCEPT'", i.titel(), i.domein().name(),
                i.themas().toArray(UUID[]::new), i.groepen().stream().map(Integer::shortValue).toArray(Short[]::new),
                naam(i.schoolgrootte()), naam(i.populatie()), i.aanleiding(), i.wat(), i.waarom(), i.hoe(), i.resultaten(), naam(i.bewijs()),
                i.uren(), Date.valueOf(i.herzienVoor()), kaartId, nummer);
    }

    public void status(UUID kaartId, int nummer, Status status, UUID reviewerId, String opmerking) {
        jdbc.update("update praktijkkaart_versie set status = ?, reviewer_id = ?, opmerking = ? where kaart_id = ? and nummer = ?",
                status.name(), reviewerId, opmerking, kaartId, nummer);
    }

    public void publiceer(UUID kaartId, int nummer) {
        jdbc.update("update praktijkkaart set gepubliceerde_versie = ? where id = ?", nummer, kaartId);
    }

    public void herzienVoor(UUID kaartId, int nummer, LocalDate datum) {
        jdbc.update("update praktijkkaart_versie set herzien_voor = ? where kaart_id = ? and nummer = ?", Date.valueOf(datum), kaartId, nummer);
    }

    public void stap(UUID kaartId, int nummer, String stap, UUID doorId, Instant moment, String opmerking) {
        jdbc.update("insert into praktijkkaart_stap (kaart_id, nummer, stap, door_id, moment, opmerking) values (?, ?, ?, ?, ?, ?)",
                kaartId, nummer, stap, doorId, Timestamp.from(moment), opmerking);
    }

    public List<Stap> stappen(UUID kaartId) {
        return jdbc.query("select stap, nummer, door_id, moment, opmerking from praktijkkaart_stap where kaart_id = ? order by id",
                (rij, i) -> new Stap(rij.getString("stap"), rij.getInt("nummer"), rij.getObject("door_id", UUID.class),
                        rij.getTimestamp("moment").toInstant(), rij.getString("opmerking")), kaartId);
    }

    public record Adoptie(UUID schoolId, UUID kcId, LocalDate sinds, String verslag) {
    }

    public record Feedback(UUID doorId, boolean bruikbaar, String zin, Instant moment) {
    }

    public List<Adoptie> adopties(UUID kaartId) {
        return jdbc.query("select school_id, kc_id, sinds, verslag from kaart_adoptie where kaart_id = ? order by sinds, school_id",
                (rij, i) -> new Adoptie(rij.getObject("school_id", UUID.class), rij.getObject("kc_id", UUID.class),
                        rij.getDate("sinds").toLocalDate(), rij.getString("verslag")), kaartId);
    }

    /** Records that a school adopted the card (once; a second time changes nothing). */
    public void adopteer(UUID kaartId, UUID schoolId, UUID kcId, LocalDate sinds, Instant moment) {
        jdbc.update("insert into kaart_adoptie (kaart_id, school_id, kc_id, sinds, bijgewerkt) values (?, ?, ?, ?, ?) "
                + "on conflict (kaart_id, school_id) do nothing", kaartId, schoolId, kcId, Date.valueOf(sinds), Timestamp.from(moment));
    }

    public void verslag(UUID kaartId, UUID schoolId, String verslag, Instant moment) {
        jdbc.update("update kaart_adoptie set verslag = ?, bijgewerkt = ? where kaart_id = ? and school_id = ?",
                verslag, Timestamp.from(moment), kaartId, schoolId);
    }

    public List<Feedback> feedback(UUID kaartId) {
        return jdbc.query("select door_id, bruikbaar, zin, moment from kaart_feedback where kaart_id = ? order by moment desc",
                (rij, i) -> new Feedback(rij.getObject("door_id", UUID.class), rij.getBoolean("bruikbaar"), rij.getString("zin"),
                        rij.getTimestamp("moment").toInstant()), kaartId);
    }

    public void feedback(UUID kaartId, UUID doorId, boolean bruikbaar, String zin, Instant moment) {
        jdbc.update("insert into kaart_feedback (id, kaart_id, door_id, bruikbaar, zin, moment) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), kaartId, doorId, bruikbaar, zin, Timestamp.from(moment));
    }

    public List<Thema> themas(UUID bestuurId) {
        return jdbc.query("select id, naam from platform_thema where bestuur_id = ? order by lower(naam)",
                (rij, i) -> new Thema(rij.getObject("id", UUID.class), rij.getString("naam")), bestuurId);
    }

    public boolean themaBestaat(UUID bestuurId, String naam) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from platform_thema where bestuur_id = ? and lower(naam) = lower(?))",
                Boolean.class, bestuurId, naam));
    }

    public UUID themaToevoegen(UUID bestuurId, String naam) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into platform_thema (id, bestuur_id, naam) values (?, ?, ?)", id, bestuurId, naam);
        return id;
    }

    /** Removes a theme of the board and takes it off every card that carried it. */
    public void themaVerwijderen(UUID bestuurId, UUID id) {
        jdbc.update("update praktijkkaart_versie v set themas = array_remove(v.themas, ?) from praktijkkaart k "
                + "where k.id = v.kaart_id and k.bestuur_id = ?", id, bestuurId);
        jdbc.update("delete from platform_thema where id = ? and bestuur_id = ?", id, bestuurId);
    }

    private static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name();
    }

    private static Kaart kaart(ResultSet rij, int i) throws SQLException {
        return new Kaart(rij.getObject("id", UUID.class), rij.getObject("bestuur_id", UUID.class), rij.getObject("school_id", UUID.class),
                rij.getObject("eigenaar_id", UUID.class), rij.getObject("gepubliceerde_versie", Integer.class), rij.getLong("version"));
    }

    private static Versie versie(ResultSet rij, int i) throws SQLException {
        String grootte = rij.getString("schoolgrootte");
        String populatie = rij.getString("populatie");
        String bewijs = rij.getString("bewijs");
        KaartInvoer invoer = new KaartInvoer(rij.getString("titel"), Domein.valueOf(rij.getString("domein")),
                Arrays.asList((UUID[]) rij.getArray("themas").getArray()),
                Arrays.stream((Short[]) rij.getArray("groepen").getArray()).map(Short::intValue).toList(),
                grootte == null ? null : Context.Schoolgrootte.valueOf(grootte), populatie == null ? null : Context.Populatie.valueOf(populatie),
                rij.getString("aanleiding"), rij.getString("wat"), rij.getString("waarom"), rij.getString("hoe"), rij.getString("resultaten"),
                bewijs == null ? null : Bewijs.valueOf(bewijs), rij.getObject("uren", Integer.class), rij.getDate("herzien_voor").toLocalDate());
        return new Versie(rij.getObject("kaart_id", UUID.class), rij.getInt("nummer"), Status.valueOf(rij.getString("status")), invoer,
                rij.getObject("reviewer_id", UUID.class), rij.getString("opmerking"));
    }
}
