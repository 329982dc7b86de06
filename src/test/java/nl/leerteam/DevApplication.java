package nl.leerteam;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.leerteam.support.EmbeddedDatabase;
import org.springframework.boot.SpringApplication;

import java.nio.file.Path;

/**
 * The development run ({@code ./mvnw}): Leerteam on http://localhost:8080 with an embedded real
 * PostgreSQL whose data lives in {@code .data/postgres} (outside {@code target/}, so it survives
 * {@code mvn clean} and restarts), the development login and the demo board.
 */
public final class DevApplication {

    private DevApplication() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(System.getProperty("leerteam.dev.data", ".data/postgres")).toAbsolutePath();
        int port = Integer.getInteger("leerteam.dev.db-port", 54329);
        EmbeddedPostgres postgres = EmbeddedDatabase.startPersistent(data, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (java.io.IOException ignored) {
                // shutting down anyway
            }
        }));
        EmbeddedDatabase.tablesToOwner(postgres, "leerteam");
        // as in production: Flyway migrates as the owner of the tables, the application runs as an account without DDL
        System.setProperty("spring.datasource.url", EmbeddedDatabase.url(postgres, "leerteam"));
        System.setProperty("spring.flyway.user", EmbeddedDatabase.EIGENAAR);
        System.setProperty("spring.flyway.password", EmbeddedDatabase.EIGENAAR);
        System.setProperty("spring.datasource.username", EmbeddedDatabase.APP);
        System.setProperty("spring.datasource.password", EmbeddedDatabase.APP);
        SpringApplication application = new SpringApplication(Application.class);
        application.setAdditionalProfiles("dev");
        application.run(args);
    }
}
