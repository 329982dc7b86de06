package nl.leerteam.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says so at start when the account the application runs as could switch the audit log's protection
 * off: a superuser (session_replication_role), or the owner of the table (ALTER TABLE … DISABLE
 * TRIGGER). The README tells how to run with two accounts.
 */
@Component
class AuditLogBescherming {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLogBescherming.class);

    private final JdbcTemplate jdbc;

    AuditLogBescherming(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void controleer() {
        if (!kanBeschermingUitzetten()) {
            return;
        }
        LOG.warn("The database account Leerteam runs as can switch the audit log's protection off (it is a superuser or "
                + "owns the table). Run with two accounts: spring.flyway.user for migrations, spring.datasource.username "
                + "without DDL rights (see the README).");
    }

    boolean kanBeschermingUitzetten() {
        Boolean kan = jdbc.queryForObject("""
                select r.rolsuper or pg_has_role(current_user, c.relowner, 'USAGE')
                from pg_roles r, pg_class c
                where r.rolname = current_user and c.oid = 'audit_log'::regclass""", Boolean.class);
        return Boolean.TRUE.equals(kan);
    }
}
