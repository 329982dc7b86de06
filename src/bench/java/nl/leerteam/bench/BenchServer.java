package nl.leerteam.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.util.FileSystemUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The system under test: PostgreSQL (embedded, or the empty database given in
 * {@code LEERTEAM_BENCH_DB_URL}) with the generated data set, and the production jar in its own JVM,
 * both pinned to the server core so that the load generator and browsers on the other core do not
 * steal its time. Tomcat's access log records the server time of every request.
 */
final class BenchServer implements AutoCloseable {

    static final int SERVER_CORE = 1;
    static final int LOAD_CORE = 0;

    private final Path werkmap;
    private EmbeddedPostgres embedded;
    private Process app;
    private String jdbcUrl;
    private String dbUser;
    private String dbPassword;
    private int port;
    private BenchData.Dataset dataset;

    BenchServer(Path werkmap) {
        this.werkmap = werkmap;
    }

    BenchData.Dataset dataset() {
        return dataset;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long pid() {
        return app.pid();
    }

    Path accessLog() {
        return werkmap.resolve("access.log");
    }

    Path serverLog() {
        return werkmap.resolve("server.log");
    }

    void start(Path jar, int port) throws Exception {
        this.port = port;
        Files.createDirectories(werkmap);
        database();
        // one account for the benchmark's own database: afterMigrate.sql then has nothing to separate
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("runtime_account", "")).load().migrate();
        dataset = BenchData.genereren(dataSource());
        Benchmarks.log("data set: %d teachers in %d leerteams, %d in the fan-out leerteam",
                dataset.leerkrachten().size(), dataset.leerkrachten().size() / BenchData.LEDEN_PER_TEAM,
                dataset.fanout().size());
        Files.deleteIfExists(accessLog());
        List<String> command = new ArrayList<>(List.of("taskset", "-c", String.valueOf(SERVER_CORE),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms1g", "-Xmx1g"));
        if (Boolean.getBoolean("bench.jfr")) {
            // For finding what to make faster: a profile of the server for `jfr print` or JDK Mission Control.
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + werkmap.resolve("server.jfr").toAbsolutePath() + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString(),
                "--spring.profiles.active=dev",
                "--logging.level.nl.leerteam=info",
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.directory=" + werkmap.toAbsolutePath(),
                "--server.tomcat.accesslog.prefix=access",
                "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.file-date-format=",
                "--server.tomcat.accesslog.rotate=false",
                "--server.tomcat.accesslog.buffered=false",
                // begin time (ms), method, path and query, status, server time in microseconds, step name
                "--server.tomcat.accesslog.pattern=%{begin:msec}t %m %U%q %s %{us}T %{X-Bench-Step}i"));
        app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(serverLog().toFile()).start();
        wachtOpGezondheid();
    }

    private void database() throws IOException, SQLException, InterruptedException {
        String gegeven = System.getenv("LEERTEAM_BENCH_DB_URL");
        if (gegeven != null && !gegeven.isBlank()) {
            jdbcUrl = gegeven;
            dbUser = System.getenv().getOrDefault("LEERTEAM_BENCH_DB_USER", "postgres");
            dbPassword = System.getenv().getOrDefault("LEERTEAM_BENCH_DB_PASSWORD", "");
            try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    throw new IllegalStateException("LEERTEAM_BENCH_DB_URL must name an empty database");
                }
            }
            return;
        }
        // A run that was killed leaves its data directory behind, and initdb refuses a directory that is not empty.
        FileSystemUtils.deleteRecursively(werkmap.resolve("postgres"));
        embedded = EmbeddedPostgres.builder()
                .setDataDirectory(werkmap.resolve("postgres"))
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .start();
        jdbcUrl = embedded.getJdbcUrl("postgres", "postgres");
        dbUser = "postgres";
        dbPassword = "";
        // Backends forked later inherit the postmaster's core; the ones already running are moved too.
        long postmaster = Long.parseLong(Files.readAllLines(werkmap.resolve("postgres").resolve("postmaster.pid")).getFirst().trim());
        pin(postmaster);
        ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(kind -> pin(kind.pid())));
    }

    private static void pin(long pid) {
        try {
            new ProcessBuilder("taskset", "-a", "-p", "-c", String.valueOf(SERVER_CORE), String.valueOf(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("taskset is needed to pin the server to its core", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the discussions back to where the data set started them: in the questions round, no question asked yet. */
    void vragenWissen() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from bijdrage");
        }
    }

    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(dbUser);
        dataSource.setPassword(dbPassword);
        return dataSource;
    }

    private void wachtOpGezondheid() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant grens = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(grens)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application stopped; see " + serverLog());
            }
            try {
                HttpResponse<String> antwoord = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() == 200) {
                    return;
                }
            } catch (IOException nogNiet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not become healthy within 3 minutes; see " + serverLog());
    }

    /** Live heap after a full collection, in bytes, read with jcmd's class histogram (kept in {@code bewaren}). */
    long liveHeap(Path bewaren) throws IOException, InterruptedException {
        String uitvoer = jcmd("GC.class_histogram");
        Files.writeString(bewaren, uitvoer);
        for (String regel : uitvoer.lines().toList().reversed()) {
            String[] delen = regel.trim().split("\\s+");
            if (delen.length == 3 && delen[0].equals("Total")) {
                return Long.parseLong(delen[2]);
            }
        }
        throw new IllegalStateException("jcmd gave no histogram total:\n" + uitvoer);
    }

    /** A heap dump of the live objects, for a dominator tree when the class histogram does not say who holds what. */
    void heapDump(Path naar) throws IOException, InterruptedException {
        Files.deleteIfExists(naar);
        String uitvoer = jcmd("GC.heap_dump", naar.toAbsolutePath().toString());
        if (!Files.exists(naar)) {
            throw new IllegalStateException("jcmd wrote no heap dump:\n" + uitvoer);
        }
    }

    /** A diagnostic command to the server's JVM; what it printed. */
    private String jcmd(String... opdracht) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(app.pid())));
        command.addAll(List.of(opdracht));
        Process jcmd = new ProcessBuilder(command).redirectErrorStream(true).start();
        String uitvoer = new String(jcmd.getInputStream().readAllBytes());
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", opdracht) + " failed:\n" + uitvoer);
        }
        return uitvoer;
    }

    @Override
    public synchronized void close() throws IOException, InterruptedException {
        if (app != null) {
            app.destroy();
            app.waitFor();
            app = null;
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }
}
