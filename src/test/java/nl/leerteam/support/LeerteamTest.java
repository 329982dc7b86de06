package nl.leerteam.support;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test on the real application against real PostgreSQL, with the {@code dev}
 * profile (demo board and development identities). All tests with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("dev")
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(SecurityStrategyExtension.class)
public @interface LeerteamTest {
}
