package nl.leerteam.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at the test database: {@code TEST_DB_URL} when set, else the embedded one. */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + EmbeddedDatabase.testUrl(),
                "spring.datasource.username=" + env("TEST_DB_USERNAME", "postgres"),
                "spring.datasource.password=" + env("TEST_DB_PASSWORD", "postgres")
        ).applyTo(context);
        context.getBeanFactory().addBeanPostProcessor(new SqlTeller.Omhullen());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
