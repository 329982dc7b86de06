package nl.leerteam.shared.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import nl.leerteam.shared.security.SysteemTaak;

import java.util.function.IntSupplier;

/**
 * For work that several application nodes would otherwise all do at the same moment (the nightly
 * retention job): a PostgreSQL advisory lock held until the caller's transaction ends. The node
 * that does not get it leaves the work to the one that did.
 */
@Component
public class EenNodeTegelijk {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactie;

    EenNodeTegelijk(JdbcTemplate jdbc, TransactionTemplate transactie) {
        this.jdbc = jdbc;
        this.transactie = transactie;
    }

    /** Whether this node does the work named {@code taak} now; {@code false} while another node does it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mag(String taak) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(hashtext(?))", Boolean.class, taak));
    }

    /**
     * One of Leerteam's own jobs: as Leerteam itself ({@link SysteemTaak}), in a transaction of its own, on the one node
     * that gets the lock {@code taak}. What it did (a count), or 0 where another node does it.
     */
    public int alsSysteem(String taak, IntSupplier werk) {
        Integer gedaan = SysteemTaak.als(() -> transactie.execute(status -> mag(taak) ? werk.getAsInt() : 0));
        return gedaan == null ? 0 : gedaan;
    }
}
