package nl.leerteam;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.support.EmbeddedDatabase;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The restore drill of the README, with its own scripts: dump the test database with
 * {@code ops/backup.sh} (pg_dump -Fc), restore it into a new database with {@code ops/restore.sh},
 * start Leerteam on it, and find the same counts in every table and an audit log that is still
 * append-only, for the application's account and for the owner.
 */
@LeerteamTest
class HerstelOefeningTest {

    @Autowired
    InlogService inlog;
    @Autowired
    AuditLog audit;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void a_dump_restored_into_a_new_database_starts_with_the_same_counts_and_a_protected_audit_log() throws Exception {
        assumeTrue(System.getenv("TEST_DB_URL") == null, "the drill creates databases on the embedded server");
        Path bin = postgresBin();
        Inloggen.als(inlog, "fatima");
        UUID regel = UUID.randomUUID();
        audit.registreer(AuditActie.GELEZEN, "CASUS", regel, null);
        Inloggen.uit();

        String bron = EmbeddedDatabase.testUrl();
        Map<String, Long> voor = tellingen(bron);
        Path map = Files.createDirectories(Path.of("target", "herstel-oefening"));
        try (Stream<Path> oud = Files.list(map)) {
            oud.forEach(p -> p.toFile().delete());
        }
        int port = URI.create(bron.substring("jdbc:".length())).getPort();
        Map<String, String> omgeving = Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port),
                "PGUSER", EmbeddedDatabase.EIGENAAR, "PGPASSWORD", EmbeddedDatabase.EIGENAAR, "PGDATABASE", "leerteam_test",
                "LEERTEAM_BACKUP_DIR", map.toAbsolutePath().toString(),
                "PG_DUMP", bin.resolve("pg_dump").toString(), "PG_RESTORE", bin.resolve("pg_restore").toString());
        assertThat(voer("ops/backup.sh", omgeving)).contains("backup written");
        File[] dumps = map.toFile().listFiles((d, naam) -> naam.endsWith(".dump"));
        assertThat(dumps).hasSize(1);

        String doel = EmbeddedDatabase.extraTestDatabase("leerteam_herstel_" + Long.toString(System.nanoTime(), 36));
        String database = doel.substring(doel.lastIndexOf('/') + 1);
        assertThat(voer("ops/restore.sh " + dumps[0].getAbsolutePath() + " " + database, omgeving)).contains("restored");

        try (ConfigurableApplicationContext hersteld = new SpringApplicationBuilder(Application.class)
                .profiles("dev").web(WebApplicationType.SERVLET)
                .properties(Map.of("server.port", "0", "spring.datasource.url", doel, "spring.flyway.url", doel,
                        "spring.flyway.user", EmbeddedDatabase.EIGENAAR, "spring.flyway.password", EmbeddedDatabase.EIGENAAR,
                        "spring.datasource.username", EmbeddedDatabase.APP, "spring.datasource.password", EmbeddedDatabase.APP))
                .run()) {
            assertThat(tellingen(doel)).as("every table, row for row").isEqualTo(voor);
            JdbcTemplate app = hersteld.getBean(JdbcTemplate.class);
            assertThat(app.queryForObject("select count(*) from audit_log where onderwerp_id = ?", Long.class, regel)).isEqualTo(1);
            assertThatThrownBy(() -> app.update("delete from audit_log where onderwerp_id = ?", regel))
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
            try (Connection eigenaar = DriverManager.getConnection(doel, EmbeddedDatabase.EIGENAAR, EmbeddedDatabase.EIGENAAR);
                 Statement sql = eigenaar.createStatement()) {
                assertThatThrownBy(() -> sql.execute("delete from audit_log where onderwerp_id = '" + regel + "'"))
                        .hasMessageContaining("audit_log is append-only");
            }
        }
    }

    /** Rows per table of the public schema, read as the owner. */
    private static Map<String, Long> tellingen(String url) throws SQLException {
        Map<String, Long> tellingen = new TreeMap<>();
        try (Connection verbinding = DriverManager.getConnection(url, EmbeddedDatabase.EIGENAAR, EmbeddedDatabase.EIGENAAR);
             Statement sql = verbinding.createStatement()) {
            List<String> tabellen = new java.util.ArrayList<>();
            try (ResultSet rijen = sql.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rijen.next()) {
                    tabellen.add(rijen.getString(1));
                }
            }
            for (String tabel : tabellen) {
                try (ResultSet aantal = sql.executeQuery("select count(*) from \"" + tabel + "\"")) {
                    aantal.next();
                    tellingen.put(tabel, aantal.getLong(1));
                }
            }
        }
        assertThat(tellingen).containsKeys("audit_log", "casus", "gebruiker", "flyway_schema_history");
        return tellingen;
    }

    private static String voer(String opdracht, Map<String, String> omgeving) throws IOException, InterruptedException {
        ProcessBuilder proces = new ProcessBuilder("bash", "-c", opdracht).redirectErrorStream(true);
        proces.environment().putAll(omgeving);
        Process p = proces.start();
        String uitvoer = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(uitvoer).isZero();
        return uitvoer;
    }

    /** pg_dump and pg_restore of the server's major version: Debian's, or on the PATH. */
    private static Path postgresBin() {
        for (String kandidaat : new String[]{"/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin"}) {
            if (Files.isExecutable(Path.of(kandidaat, "pg_dump"))) {
                return Path.of(kandidaat);
            }
        }
        throw new IllegalStateException("pg_dump is not installed: apt-get install postgresql-client-15 (.ci/machine.sh does)");
    }
}
