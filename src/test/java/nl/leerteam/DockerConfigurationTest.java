package nl.leerteam;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker cannot run here, so the stack in docker/ is checked by reading it: the Keycloak realm
 * parses and its client is the one application-keycloak.properties logs in with, and the compose
 * file and Dockerfile agree with both.
 */
class DockerConfigurationTest {

    @Test
    void the_keycloak_realm_parses_and_its_client_matches_the_application_settings() throws IOException {
        JsonNode realm = realm();
        Properties app = properties("application-keycloak.properties");
        String prefix = "spring.security.oauth2.client.";

        assertThat(realm.get("realm").asString()).isEqualTo("leerteam");
        JsonNode client = realm.get("clients").get(0);
        assertThat(client.get("clientId").asString()).isEqualTo(app.getProperty(prefix + "registration.keycloak.client-id"));
        assertThat(app.getProperty(prefix + "registration.keycloak.client-secret")).endsWith(":" + client.get("secret").asString() + "}");
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(app.getProperty(prefix + "registration.keycloak.redirect-uri")).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
        assertThat(client.get("redirectUris").get(0).asString()).isEqualTo("http://localhost:8080/login/oauth2/code/keycloak");
        for (String endpoint : List.of("authorization-uri", "token-uri", "jwk-set-uri", "user-info-uri")) {
            assertThat(app.getProperty(prefix + "provider.keycloak." + endpoint)).contains("/realms/" + realm.get("realm").asString() + "/");
        }
        assertThat(realm.get("users")).anySatisfy(user -> assertThat(user.get("email").asString()).isEqualTo("it@leerteam.local"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_compose_file_wires_the_app_to_its_database_keycloak_and_first_administrator() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKeys("postgres", "keycloak", "leerteam");
        Map<String, Object> postgres = (Map<String, Object>) ((Map<String, Object>) services.get("postgres")).get("environment");
        Map<String, Object> keycloak = (Map<String, Object>) services.get("keycloak");
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) services.get("leerteam")).get("environment");
        JsonNode realm = realm();

        assertThat((String) app.get("SPRING_PROFILES_ACTIVE")).contains("prod").contains("keycloak");
        assertThat(app.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(app.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(app.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        assertThat(app.get("KEYCLOAK_CLIENT_SECRET")).isEqualTo(realm.get("clients").get(0).get("secret").asString());
        assertThat((List<String>) keycloak.get("ports")).contains("8180:8080");
        assertThat(app.get("KEYCLOAK_PUBLIC_URL")).isEqualTo("http://localhost:8180");
        assertThat((List<String>) keycloak.get("command")).contains("--import-realm");
        assertThat(realm.get("users").toString()).contains((String) app.get("LEERTEAM_EERSTE_BEHEERDER_EMAIL"));
    }

    @Test
    void the_image_is_built_in_stages_and_runs_as_a_user_without_privileges() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docker/Dockerfile"));
        assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSize(2);
        assertThat(lines).contains("USER leerteam");
        assertThat(lines.stream().filter(l -> l.startsWith("USER ")).toList()).doesNotContain("USER root");
        for (String copied : List.of("mvnw", "pom.xml", "package.json", "package-lock.json")) {
            assertThat(Path.of(copied)).as("the Dockerfile copies %s", copied).exists();
        }
    }

    private static JsonNode realm() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(Path.of("docker/keycloak/leerteam-realm.json")));
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DockerConfigurationTest.class.getResourceAsStream("/" + name)) {
            properties.load(in);
        }
        return properties;
    }
}
