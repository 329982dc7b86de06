package nl.leerteam.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at the test database: {@code TEST_DB_URL} when set, else the embedded one. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = EmbeddedDatabase.testUrl();
        boolean extern = !env("TEST_DB_URL", "").isEmpty();
        // the two accounts of production: Flyway migrates as the owner, the application runs as the other
        String eigenaar = extern ? env("TEST_DB_USERNAME", "postgres") : EmbeddedDatabase.EIGENAAR;
        String eigenaarWachtwoord = extern ? env("TEST_DB_PASSWORD", "postgres") : EmbeddedDatabase.EIGENAAR;
        String app = extern ? env("TEST_DB_APP_USERNAME", eigenaar) : EmbeddedDatabase.APP;
        String appWachtwoord = extern ? env("TEST_DB_APP_PASSWORD", eigenaarWachtwoord) : EmbeddedDatabase.APP;
        TestPropertyValues.of(
                "spring.datasource.url=" + url,
                // explicit, so Flyway builds its own pool rather than copying the counted one of SqlTeller
                "spring.flyway.url=" + url,
                "spring.flyway.user=" + eigenaar,
                "spring.flyway.password=" + eigenaarWachtwoord,
                "spring.datasource.username=" + app,
                "spring.datasource.password=" + appWachtwoord,
                // the studiedag library's files, away from the developer's own
                "leerteam.bibliotheek.map=" + java.nio.file.Path.of("target", "bibliotheek-test").toAbsolutePath()
        ).applyTo(context);
        context.getBeanFactory().addBeanPostProcessor(new SqlTeller.Omhullen());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
