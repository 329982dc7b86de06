package nl.leerteam.trends.domain;

import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.trends.Aanbieder;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Schaal;
import nl.leerteam.trends.Toetsresultaat;
import nl.leerteam.trends.Vak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The school's aggregate results, written in batches: an import of 50,000 rows is a handful of
 * statements, not 50,000 entities.
 */
@Repository
public class ToetsresultaatOpslag {

    private final JdbcTemplate jdbc;

    ToetsresultaatOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A result as stored, with its id. */
    public record Opgeslagen(UUID id, Toetsresultaat resultaat) {
    }

    /** What the school has stored for these school years, by key. */
    public Map<Toetsresultaat.Sleutel, Opgeslagen> vanSchool(UUID schoolId, Collection<Integer> schooljaren) {
        Map<Toetsresultaat.Sleutel, Opgeslagen> opgeslagen = new HashMap<>();
        if (schooljaren.isEmpty()) {
            return opgeslagen;
        }
        jdbc.query("select id, schooljaar, meetmoment, afnamedatum, jaargroep, groep, vak, aanbieder, toets, schaal, aantal, "
                        + "gemiddelde, niveaus, toelichting from toetsresultaat where school_id = ? and schooljaar = any (?)",
                (ResultSet rij) -> {
                    Opgeslagen o = new Opgeslagen(rij.getObject("id", UUID.class), resultaat(rij));
                    opgeslagen.put(o.resultaat().sleutel(), o);
                }, schoolId, schooljaren.stream().map(Integer::shortValue).toArray(Short[]::new));
        return opgeslagen;
    }

    /** One result per school and jaargroep of a board, for one subject at one moment of a school year (its largest group). */
    public List<Groep> vanBestuur(UUID bestuurId, int schooljaar, Vak vak, Meetmoment moment) {
        return jdbc.query("select distinct on (school_id, jaargroep) school_id, jaargroep, schaal, aantal, niveaus from toetsresultaat "
                        + "where bestuur_id = ? and schooljaar = ? and vak = ? and meetmoment = ? "
                        + "order by school_id, jaargroep, aantal desc, toets",
                (rij, i) -> new Groep(rij.getObject("school_id", UUID.class), rij.getInt("jaargroep"), Schaal.valueOf(rij.getString("schaal")),
                        rij.getInt("aantal"), Arrays.asList((Integer[]) rij.getArray("niveaus").getArray())),
                bestuurId, (short) schooljaar, vak.name(), moment.name());
    }

    /** The school years any school of the board has results of, newest first. */
    public List<Integer> schooljarenVanBestuur(UUID bestuurId) {
        return jdbc.queryForList("select distinct schooljaar from toetsresultaat where bestuur_id = ? order by schooljaar desc",
                Integer.class, bestuurId);
    }

    /** A school's result of one jaargroep, as the board's overview counts it. */
    public record Groep(UUID schoolId, int jaargroep, Schaal schaal, int aantal, List<Integer> niveaus) {
    }

    /** Whether any school was ever given results (the demonstration data is laid out only on a first start). */
    public boolean ooitGeimporteerd() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from trendimport)", Boolean.class));
    }

    /** The schools that keep their results in Leerteam: those with results of the school year before or this one. */
    public List<UUID> scholenMetResultatenSinds(int schooljaar) {
        return jdbc.queryForList("select distinct school_id from toetsresultaat where schooljaar >= ?", UUID.class, (short) schooljaar);
    }

    /** The moments of a school year the school has results of. */
    public java.util.Set<Meetmoment> meetmomenten(UUID schoolId, int schooljaar) {
        return java.util.EnumSet.copyOf(jdbc.queryForList("select distinct meetmoment from toetsresultaat where school_id = ? and schooljaar = ?",
                String.class, schoolId, (short) schooljaar).stream().map(m -> Meetmoment.valueOf(m.trim()))
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Meetmoment.class))));
    }

    /** The school years the school has results of, newest first. */
    public List<Integer> schooljaren(UUID schoolId) {
        return jdbc.queryForList("select distinct schooljaar from toetsresultaat where school_id = ? order by schooljaar desc",
                Integer.class, schoolId);
    }

    public void importVastleggen(UUID id, UUID bestuurId, UUID schoolId, UUID doorId, Instant moment, String bestandsnaam,
                                 String hash, int nieuw, int vervangen, int ongewijzigd) {
        jdbc.update("insert into trendimport (id, bestuur_id, school_id, door_id, moment, bestandsnaam, inhoud_hash, nieuw, "
                        + "vervangen, ongewijzigd) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, bestuurId, schoolId, doorId, Timestamp.from(moment), bestandsnaam, hash, nieuw, vervangen, ongewijzigd);
    }

    public void nieuw(UUID bestuurId, UUID schoolId, UUID importId, List<Toetsresultaat> resultaten) {
        jdbc.batchUpdate("insert into toetsresultaat (id, bestuur_id, school_id, schooljaar, meetmoment, afnamedatum, jaargroep, "
                        + "groep, vak, aanbieder, toets, schaal, aantal, gemiddelde, niveaus, toelichting, import_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", resultaten, 1000,
                (ps, r) -> {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setObject(2, bestuurId);
                    ps.setObject(3, schoolId);
                    waarden(ps, r, 4);
                    ps.setObject(17, importId);
                });
    }

    public void vervang(UUID importId, List<Map.Entry<UUID, Toetsresultaat>> resultaten) {
        jdbc.batchUpdate("update toetsresultaat set schooljaar = ?, meetmoment = ?, afnamedatum = ?, jaargroep = ?, groep = ?, "
                        + "vak = ?, aanbieder = ?, toets = ?, schaal = ?, aantal = ?, gemiddelde = ?, niveaus = ?, toelichting = ?, "
                        + "import_id = ? where id = ?", resultaten, 1000,
                (ps, e) -> {
                    waarden(ps, e.getValue(), 1);
                    ps.setObject(14, importId);
                    ps.setObject(15, e.getKey());
                });
    }

    /** Thirteen parameters from {@code eerste} on, in the column order of the table. */
    private static void waarden(java.sql.PreparedStatement ps, Toetsresultaat r, int eerste) throws SQLException {
        ps.setShort(eerste, (short) r.schooljaar().beginjaar());
        ps.setString(eerste + 1, r.meetmoment().name());
        ps.setDate(eerste + 2, r.afnamedatum() == null ? null : Date.valueOf(r.afnamedatum()));
        ps.setShort(eerste + 3, (short) r.jaargroep());
        ps.setString(eerste + 4, r.groep());
        ps.setString(eerste + 5, r.vak().name());
        ps.setString(eerste + 6, r.aanbieder().name());
        ps.setString(eerste + 7, r.toets());
        ps.setString(eerste + 8, r.schaal().name());
        ps.setInt(eerste + 9, r.aantal());
        ps.setBigDecimal(eerste + 10, r.gemiddelde());
        Array niveaus = ps.getConnection().createArrayOf("integer", r.niveaus().toArray());
        ps.setArray(eerste + 11, niveaus);
        ps.setString(eerste + 12, r.toelichting());
    }

    private static Toetsresultaat resultaat(ResultSet rij) throws SQLException {
        Date datum = rij.getDate("afnamedatum");
        Integer[] niveaus = (Integer[]) rij.getArray("niveaus").getArray();
        return new Toetsresultaat(new Schooljaar(rij.getShort("schooljaar")), Meetmoment.valueOf(rij.getString("meetmoment")),
                datum == null ? null : datum.toLocalDate(), rij.getShort("jaargroep"), rij.getString("groep"),
                Vak.valueOf(rij.getString("vak")), Aanbieder.valueOf(rij.getString("aanbieder")), rij.getString("toets"),
                Schaal.valueOf(rij.getString("schaal")), rij.getInt("aantal"), rij.getBigDecimal("gemiddelde"),
                Arrays.asList(niveaus), rij.getString("toelichting"));
    }
}
