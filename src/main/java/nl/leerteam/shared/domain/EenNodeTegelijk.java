package nl.leerteam.shared.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * For work that several application nodes would otherwise all do at the same moment (the nightly
 * retention job): a PostgreSQL advisory lock held until the caller's transaction ends. The node
 * that does not get it leaves the work to the one that did.
 */
@Component
public class EenNodeTegelijk {

    private final JdbcTemplate jdbc;

    EenNodeTegelijk(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this node does the work named {@code taak} now; {@code false} while another node does it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mag(String taak) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, taak));
    }
}
