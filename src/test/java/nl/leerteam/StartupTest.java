package nl.leerteam;

import nl.leerteam.support.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starts that must fail, and fail fast with a sentence an IT person understands. */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

    private static final String[] OIDC = {
            "--spring.security.oauth2.client.registration.kc.client-id=leerteam",
            "--spring.security.oauth2.client.registration.kc.client-secret=x",
            "--spring.security.oauth2.client.registration.kc.authorization-grant-type=authorization_code",
            "--spring.security.oauth2.client.registration.kc.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "--spring.security.oauth2.client.provider.kc.authorization-uri=http://127.0.0.1:9/auth",
            "--spring.security.oauth2.client.provider.kc.token-uri=http://127.0.0.1:9/token",
            "--spring.security.oauth2.client.provider.kc.jwk-set-uri=http://127.0.0.1:9/certs",
            "--server.port=0", "--vaadin.productionMode=false"};

    @Test
    void production_with_an_unreachable_database_stops_with_one_clear_sentence(CapturedOutput output) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> start("prod", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/leerteam",
                "--spring.datasource.username=leerteam", "--spring.datasource.password=x"))
                .isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr())
                .contains("Leerteam cannot start: the database cannot be reached or refused the login");
        assertThat(System.nanoTime() - start).as("fails fast").isLessThan(60_000_000_000L);
    }

    @Test
    void production_without_a_database_stops_with_one_clear_sentence(CapturedOutput output) {
        assertThatThrownBy(() -> start("prod")).isInstanceOf(Exception.class);
        assertThat(output.getOut() + output.getErr()).contains("Leerteam cannot start: no database is configured.");
    }

    @Test
    void the_development_profile_cannot_be_combined_with_production() {
        assertThatThrownBy(() -> start("prod,dev", "--spring.datasource.url=" + EmbeddedDatabase.testUrl(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"))
                .hasStackTraceContaining("The dev profile (development login, demo data) cannot run together with prod.");
    }

    private static void start(String profiles, String... args) {
        String[] all = new String[args.length + OIDC.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(OIDC, 0, all, args.length, OIDC.length);
        new SpringApplicationBuilder(Application.class).profiles(profiles.split(",")).run(all).close();
    }
}
