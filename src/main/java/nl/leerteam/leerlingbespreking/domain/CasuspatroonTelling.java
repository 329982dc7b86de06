package nl.leerteam.leerlingbespreking.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

/** Counts of a school's cases and escalations per school year, never their text. */
@Repository
public class CasuspatroonTelling {

    /** A school year starts on 1 August: seven months back from a moment lands in the calendar year it starts in. */
    private static final String BEGINJAAR = "cast(extract(year from ((%s at time zone 'Europe/Amsterdam') - interval '7 months')) as integer)";

    public record Telling(int beginjaar, String wat, String stand, long aantal) {
    }

    private final JdbcTemplate jdbc;

    CasuspatroonTelling(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per school year and groep, cases by status. */
    public List<Telling> perGroep(UUID schoolId) {
        return jdbc.query("select " + BEGINJAAR.formatted("aangemaakt") + " as jaar, cast(groep as varchar) as wat, status, count(*) as n "
                        + "from casus where school_id = ? group by 1, 2, 3",
                (rij, i) -> new Telling(rij.getInt("jaar"), rij.getString("wat"), rij.getString("status"), rij.getLong("n")), schoolId);
    }

    /** Per school year and tag (as written, without case), cases by status. */
    public List<Telling> perTag(UUID schoolId) {
        return jdbc.query("select " + BEGINJAAR.formatted("c.aangemaakt") + " as jaar, lower(t.tag) as wat, c.status, count(*) as n "
                        + "from casus c join casus_tag t on t.casus_id = c.id where c.school_id = ? group by 1, 2, 3",
                (rij, i) -> new Telling(rij.getInt("jaar"), rij.getString("wat"), rij.getString("status"), rij.getLong("n")), schoolId);
    }

    /** Per school year, escalations by their next step (OPEN while the KC has not chosen one). */
    public List<Telling> escalaties(UUID schoolId) {
        return jdbc.query("select " + BEGINJAAR.formatted("geescaleerd_op") + " as jaar, coalesce(vervolgstap, 'OPEN') as wat, "
                        + "'' as status, count(*) as n from escalatie where school_id = ? group by 1, 2",
                (rij, i) -> new Telling(rij.getInt("jaar"), rij.getString("wat"), "", rij.getLong("n")), schoolId);
    }
}
