package nl.leerteam.trends.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The column mapping of each school's group overviews, as JSON. */
@Repository
public class KolomindelingOpslag {

    private final JdbcTemplate jdbc;

    KolomindelingOpslag(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> vanSchool(UUID schoolId) {
        return jdbc.queryForList("select indeling from kolomindeling where school_id = ?", String.class, schoolId).stream().findFirst();
    }

    public void bewaar(UUID bestuurId, UUID schoolId, String indeling, Instant moment) {
        jdbc.update("insert into kolomindeling (school_id, bestuur_id, indeling, gewijzigd) values (?, ?, ?, ?) "
                + "on conflict (school_id) do update set indeling = excluded.indeling, gewijzigd = excluded.gewijzigd",
                schoolId, bestuurId, indeling, Timestamp.from(moment));
    }
}
