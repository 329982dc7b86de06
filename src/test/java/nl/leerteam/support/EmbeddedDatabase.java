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

    /** Owns the tables; Flyway migrates as this account. No superuser. */
    public static final String EIGENAAR = "leerteam_eigenaar";
    /** The account the application runs as: data only, the audit log append-only. */
    public static final String APP = "leerteam_app";

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
        return url(forTests, "leerteam_test");
    }

    /** A second, empty database on the same test server, for tests that need a schema of their own. */
    public static synchronized String extraTestDatabase(String name) {
        testUrl();
        if (forTests == null) {
            throw new IllegalStateException("An extra database needs the embedded server; TEST_DB_URL is set");
        }
        createDatabase(forTests, name);
        return url(forTests, name);
    }

    /** Runs SQL on the test database as the server's superuser (to cut connections, as a failing network would). */
    public static synchronized void alsSuperuser(String sql) {
        testUrl();
        if (forTests == null) {
            throw new IllegalStateException("Only the embedded test server has a superuser the tests may use");
        }
        try (Connection connection = forTests.getDatabase("postgres", "leerteam_test").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Without a user in it (zonky's own URL names the superuser, and the URL wins over the account properties). */
    public static String url(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
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
            for (String account : new String[]{EIGENAAR, APP}) {
                if (!statement.executeQuery("select 1 from pg_roles where rolname = '" + account + "'").next()) {
                    statement.execute("create role " + account + " login nosuperuser nocreatedb nocreaterole password '" + account + "'");
                }
            }
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name + " owner " + EIGENAAR);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /**
     * A development database of an earlier version was migrated by the superuser: its tables pass to
     * the owner account, so that account can migrate them from now on.
     */
    public static void tablesToOwner(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("alter database " + database + " owner to " + EIGENAAR);
            statement.execute("""
                    do $$
                    declare r record;
                    begin
                        for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v') and pg_get_userbyid(c.relowner) <> '%1$s'
                        loop
                            execute format('alter table %%I owner to %1$s', r.relname);
                        end loop;
                        for r in select p.proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                        loop
                            execute format('alter function %%I owner to %1$s', r.proname);
                        end loop;
                    end
                    $$""".formatted(EIGENAAR));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the development tables to " + EIGENAAR, e);
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
