package nl.leerteam.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL from jar-shipped binaries (zonky), for development runs and tests. One per
 * JVM for tests; a persistent one, outside {@code target/}, for the development run.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres forTests;

    private EmbeddedDatabase() {
    }

    /** The JDBC URL of a fresh database for this test JVM: {@code TEST_DB_URL} when set, else an embedded one. */
    public static synchronized String testUrl() {
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (forTests == null) {
            try {
                forTests = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopTests));
            createDatabase(forTests, "leerteam_test");
        }
        return forTests.getJdbcUrl("postgres", "leerteam_test");
    }

    /** A second, empty database on the same test server, for tests that need a schema of their own. */
    public static synchronized String extraTestDatabase(String name) {
        testUrl();
        if (forTests == null) {
            throw new IllegalStateException("An extra database needs the embedded server; TEST_DB_URL is set");
        }
        createDatabase(forTests, name);
        return forTests.getJdbcUrl("postgres", name);
    }

    /** Starts (or reuses) the development database whose data survives restarts. */
    public static EmbeddedPostgres startPersistent(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        createDatabase(postgres, "leerteam");
        return postgres;
    }

    private static void createDatabase(EmbeddedPostgres postgres, String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    private static void stopTests() {
        try {
            forTests.close();
        } catch (IOException ignored) {
            // the JVM is going down; the temporary data directory goes with it
        }
    }
}
