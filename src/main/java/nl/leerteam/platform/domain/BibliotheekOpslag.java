package nl.leerteam.platform.domain;

import nl.leerteam.platform.BestandInvoer;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The studiedag library's rows: a file's description, its versions, and the files a practice card's version carries. */
@Repository
public class BibliotheekOpslag {

    public record Bestand(UUID id, UUID bestuurId, UUID schoolId, BestandInvoer invoer, UUID aangemaaktDoor, Instant aangemaakt,
                          long version) {
    }

    /** One uploaded version; its text is read on its own ({@link #tekst}), it can be long. */
    public record Versie(UUID bestandId, int nummer, String bestandsnaam, String soort, long grootte, String sha256, String origineel,
                         String gedeeld, String voorbeeld, String bevindingen, UUID geuploadDoor, Instant geupload,
                         UUID goedgekeurdDoor, Instant goedgekeurd, boolean bevindingenBevestigd) {
    }

    public record Bijlage(UUID bestandId, int versie) {
    }

    private static final String BESTAND = "select id, bestuur_id, school_id, titel, beschrijving, themas, studiedag, studiedag_datum, "
            + "aangemaakt_door, aangemaakt, version from studiedag_bestand ";
    private static final String VERSIE = "select bestand_id, nummer, bestandsnaam, soort, grootte, sha256, origineel, gedeeld, voorbeeld, "
            + "bevindingen, geupload_door, geupload, goedgekeurd_door, goedgekeurd, bevindingen_bevestigd from studiedag_bestand_versie ";

    private final JdbcTemplate jdbc;

    BibliotheekOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void nieuw(UUID id, UUID bestuurId, UUID schoolId, BestandInvoer i, UUID door, Instant moment) {
        jdbc.update("insert into studiedag_bestand (id, bestuur_id, school_id, titel, beschrijving, themas, studiedag, studiedag_datum, "
                        + "aangemaakt_door, aangemaakt) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, bestuurId, schoolId, i.titel(), i.beschrijving(),
                i.themas().toArray(UUID[]::new), i.studiedag(), i.studiedagDatum() == null ? null : Date.valueOf(i.studiedagDatum()), door,
                Timestamp.from(moment));
    }

    public void versie(Versie v, String tekst) {
        jdbc.update("insert into studiedag_bestand_versie (bestand_id, nummer, bestandsnaam, soort, grootte, sha256, origineel, gedeeld, "
                        + "voorbeeld, tekst, bevindingen, geupload_door, geupload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                v.bestandId(), v.nummer(), v.bestandsnaam(), v.soort(), v.grootte(), v.sha256(), v.origineel(), v.gedeeld(), v.voorbeeld(),
                tekst, v.bevindingen(), v.geuploadDoor(), Timestamp.from(v.geupload()));
    }

    /** Raises the file's version if it is still {@code version}: nobody changed it meanwhile. */
    public void zeker(UUID id, long version) {
        if (jdbc.update("update studiedag_bestand set version = version + 1 where id = ? and version = ?", id, version) == 0) {
            throw new GelijktijdigGewijzigd("studiedag_bestand");
        }
    }

    public void wijzig(UUID id, BestandInvoer i) {
        jdbc.update("update studiedag_bestand set titel = ?, beschrijving = ?, themas = ?, studiedag = ?, studiedag_datum = ? where id = ?",
                i.titel(), i.beschrijving(), i.themas().toArray(UUID[]::new), i.studiedag(),
                i.studiedagDatum() == null ? null : Date.valueOf(i.studiedagDatum()), id);
    }

    public void goedkeuren(UUID id, int nummer, UUID door, Instant moment, boolean bevestigd) {
        jdbc.update("update studiedag_bestand_versie set goedgekeurd_door = ?, goedgekeurd = ?, bevindingen_bevestigd = ? "
                + "where bestand_id = ? and nummer = ?", door, Timestamp.from(moment), bevestigd, id, nummer);
    }

    public Optional<Bestand> bestand(UUID id) {
        return jdbc.query(BESTAND + "where id = ?", BibliotheekOpslag::bestand, id).stream().findFirst();
    }

    public List<Bestand> vanBestuur(UUID bestuurId) {
        return jdbc.query(BESTAND + "where bestuur_id = ? order by aangemaakt desc", BibliotheekOpslag::bestand, bestuurId);
    }

    /** Every version of the board's files, per file, newest last. */
    public Map<UUID, List<Versie>> versiesVanBestuur(UUID bestuurId) {
        return jdbc.query(VERSIE + "join studiedag_bestand b on b.id = bestand_id where b.bestuur_id = ? order by bestand_id, nummer",
                BibliotheekOpslag::versie, bestuurId).stream().collect(Collectors.groupingBy(Versie::bestandId));
    }

    public List<Versie> versies(UUID id) {
        return jdbc.query(VERSIE + "where bestand_id = ? order by nummer", BibliotheekOpslag::versie, id);
    }

    public String tekst(UUID id, int nummer) {
        return jdbc.queryForObject("select tekst from studiedag_bestand_versie where bestand_id = ? and nummer = ?", String.class, id, nummer);
    }

    public List<Bijlage> bijlagen(UUID kaartId, int kaartVersie) {
        return jdbc.query("select bestand_id, bestand_versie from praktijkkaart_bijlage where kaart_id = ? and kaart_versie = ? "
                + "order by bestand_id", (rij, n) -> new Bijlage(rij.getObject(1, UUID.class), rij.getInt(2)), kaartId, kaartVersie);
    }

    public void bijlagen(UUID kaartId, int kaartVersie, List<Bijlage> bijlagen) {
        jdbc.update("delete from praktijkkaart_bijlage where kaart_id = ? and kaart_versie = ?", kaartId, kaartVersie);
        for (Bijlage b : bijlagen) {
            jdbc.update("insert into praktijkkaart_bijlage (kaart_id, kaart_versie, bestand_id, bestand_versie) values (?, ?, ?, ?)",
                    kaartId, kaartVersie, b.bestandId(), b.versie());
        }
    }

    private static Bestand bestand(ResultSet rij, int i) throws SQLException {
        Date dag = rij.getDate("studiedag_datum");
        return new Bestand(rij.getObject("id", UUID.class), rij.getObject("bestuur_id", UUID.class), rij.getObject("school_id", UUID.class),
                new BestandInvoer(rij.getString("titel"), rij.getString("beschrijving"),
                        Arrays.asList((UUID[]) rij.getArray("themas").getArray()), rij.getString("studiedag"),
                        dag == null ? null : dag.toLocalDate()),
                rij.getObject("aangemaakt_door", UUID.class), rij.getTimestamp("aangemaakt").toInstant(), rij.getLong("version"));
    }

    private static Versie versie(ResultSet rij, int i) throws SQLException {
        Timestamp goedgekeurd = rij.getTimestamp("goedgekeurd");
        return new Versie(rij.getObject("bestand_id", UUID.class), rij.getInt("nummer"), rij.getString("bestandsnaam"),
                rij.getString("soort"), rij.getLong("grootte"), rij.getString("sha256"), rij.getString("origineel"), rij.getString("gedeeld"),
                rij.getString("voorbeeld"), rij.getString("bevindingen"), rij.getObject("geupload_door", UUID.class),
                rij.getTimestamp("geupload").toInstant(), rij.getObject("goedgekeurd_door", UUID.class),
                goedgekeurd == null ? null : goedgekeurd.toInstant(), rij.getBoolean("bevindingen_bevestigd"));
    }
}
