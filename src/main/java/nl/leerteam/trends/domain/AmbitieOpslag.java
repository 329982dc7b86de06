package nl.leerteam.trends.domain;

import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.trends.Ambitie;
import nl.leerteam.trends.Maat;
import nl.leerteam.trends.Vak;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A school's ambitions and signaleringswaarden, each with a version so a concurrent change is never overwritten. */
@Repository
public class AmbitieOpslag {

    private final JdbcTemplate jdbc;

    AmbitieOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Ambitie> vanSchool(UUID schoolId) {
        return jdbc.query("select id, soort, vak, maat, drempel, groep_van, groep_tot, version from ambitie where school_id = ? "
                        + "order by vak, soort, maat, groep_van",
                (rij, i) -> new Ambitie(rij.getObject("id", UUID.class), Ambitie.Soort.valueOf(rij.getString("soort")),
                        Vak.valueOf(rij.getString("vak")), Maat.valueOf(rij.getString("maat")), rij.getInt("drempel"),
                        rij.getInt("groep_van"), rij.getInt("groep_tot"), rij.getLong("version")),
                schoolId);
    }

    public UUID nieuw(UUID bestuurId, UUID schoolId, Ambitie a, Instant moment) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into ambitie (id, bestuur_id, school_id, soort, vak, maat, drempel, groep_van, groep_tot, gewijzigd) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, bestuurId, schoolId, a.soort().name(), a.vak().name(),
                a.maat().name(), a.drempel(), a.groepVan(), a.groepTot(), Timestamp.from(moment));
        return id;
    }

    /** @throws GelijktijdigGewijzigd when someone changed or removed it since {@code a.version()} was read */
    public void wijzig(UUID schoolId, Ambitie a, Instant moment) {
        int gewijzigd = jdbc.update("update ambitie set soort = ?, vak = ?, maat = ?, drempel = ?, groep_van = ?, groep_tot = ?, "
                        + "gewijzigd = ?, version = version + 1 where id = ? and school_id = ? and version = ?",
                a.soort().name(), a.vak().name(), a.maat().name(), a.drempel(), a.groepVan(), a.groepTot(), Timestamp.from(moment),
                a.id(), schoolId, a.version());
        if (gewijzigd == 0) {
            throw new GelijktijdigGewijzigd("ambitie");
        }
    }

    public void verwijder(UUID schoolId, UUID id, long version) {
        if (jdbc.update("delete from ambitie where id = ? and school_id = ? and version = ?", id, schoolId, version) == 0) {
            throw new GelijktijdigGewijzigd("ambitie");
        }
    }
}
