package nl.leerteam.privacy;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.support.EmbeddedDatabase;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The account the application runs as cannot change or remove audit lines by any route: not by
 * UPDATE, DELETE or TRUNCATE, not by switching the table's triggers off or dropping them, not by
 * session_replication_role, not by taking the table over or granting itself more. The owner account
 * that migrates meets the triggers.
 */
@LeerteamTest
class AuditLogAccountTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AuditLogBescherming bescherming;
    @Autowired
    InlogService inlog;

    private UUID regel;

    @BeforeEach
    void eenRegel() {
        assumeTrue(System.getenv("TEST_DB_URL") == null || System.getenv("TEST_DB_APP_USERNAME") != null,
                "an external test database runs with one account unless TEST_DB_APP_USERNAME is set");
        Inloggen.als(inlog, "fatima");
        regel = UUID.randomUUID();
        audit.registreer(AuditActie.GEWIJZIGD, "CASUS", regel, null);
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "update audit_log set actie = 'GELEZEN' where onderwerp_id = '%s'",
            "delete from audit_log where onderwerp_id = '%s'",
            "truncate audit_log",
            "alter table audit_log disable trigger audit_log_geen_wijziging",
            "alter table audit_log disable trigger all",
            "drop trigger audit_log_geen_wijziging on audit_log",
            "drop function audit_log_alleen_toevoegen() cascade",
            "set session_replication_role = replica",
            "alter table audit_log owner to current_user",
            "drop table audit_log",
            "create table schaduw (id int)",
            "set role leerteam_eigenaar",
            "alter role current_user superuser"})
    void the_runtime_account_cannot(String sql) {
        assertThatThrownBy(() -> jdbc.execute(sql.formatted(regel))).isInstanceOf(DataAccessException.class);
        assertThat(audit.over("CASUS", regel)).singleElement().satisfies(r -> assertThat(r.actie()).isEqualTo(AuditActie.GEWIJZIGD));
    }

    @Test
    void granting_itself_more_changes_nothing_and_the_start_check_sees_a_safe_account() {
        jdbc.execute("grant update, delete, truncate on audit_log to current_user");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where onderwerp_id = ?", regel))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThat(bescherming.kanBeschermingUitzetten()).isFalse();
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedDatabase.APP);
    }

    @Test
    void the_owner_that_migrates_meets_the_append_only_triggers() throws SQLException {
        assumeTrue(System.getenv("TEST_DB_URL") == null, "the owner's password is known for the embedded database");
        try (Connection eigenaar = DriverManager.getConnection(EmbeddedDatabase.testUrl(), EmbeddedDatabase.EIGENAAR,
                EmbeddedDatabase.EIGENAAR); Statement statement = eigenaar.createStatement()) {
            for (String sql : new String[]{"update audit_log set actie = 'GELEZEN' where onderwerp_id = '" + regel + "'",
                    "delete from audit_log where onderwerp_id = '" + regel + "'", "truncate audit_log"}) {
                assertThatThrownBy(() -> statement.execute(sql)).hasMessageContaining("audit_log is append-only");
            }
        }
        assertThat(audit.over("CASUS", regel)).hasSize(1);
    }
}
