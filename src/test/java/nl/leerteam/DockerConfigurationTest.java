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
    void the_compose_file_runs_two_nodes_behind_nginx_on_one_database_with_two_accounts_and_keycloak() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.yml"))) {
            compose = new Yaml().load(in);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsOnlyKeys("postgres", "keycloak", "leerteam-1", "leerteam-2", "nginx");
        Map<String, Object> postgres = (Map<String, Object>) ((Map<String, Object>) services.get("postgres")).get("environment");
        Map<String, Object> keycloak = (Map<String, Object>) services.get("keycloak");
        JsonNode realm = realm();
        String accounts = Files.readString(Path.of("docker/postgres/01-leerteam-accounts.sh"));
        assertThat((List<String>) ((Map<String, Object>) services.get("postgres")).get("volumes"))
                .contains("./postgres/01-leerteam-accounts.sh:/docker-entrypoint-initdb.d/01-leerteam-accounts.sh:ro");

        for (String node : List.of("leerteam-1", "leerteam-2")) {
            Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) services.get(node)).get("environment");
            assertThat((String) app.get("SPRING_PROFILES_ACTIVE")).contains("prod").contains("keycloak");
            assertThat(app.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://postgres:5432/leerteam");
            assertThat(accounts).contains("create database leerteam owner " + app.get("SPRING_FLYWAY_USER"));
            assertThat(accounts).contains("create role " + app.get("SPRING_FLYWAY_USER") + " login nosuperuser")
                    .contains("create role " + app.get("SPRING_DATASOURCE_USERNAME") + " login nosuperuser");
            assertThat(app.get("SPRING_DATASOURCE_USERNAME")).as("the application never runs as the owner")
                    .isNotEqualTo(app.get("SPRING_FLYWAY_USER")).isNotEqualTo("postgres");
            assertThat(postgres).containsEntry("LEERTEAM_EIGENAAR_PASSWORD", app.get("SPRING_FLYWAY_PASSWORD"))
                    .containsEntry("LEERTEAM_APP_PASSWORD", app.get("SPRING_DATASOURCE_PASSWORD"));
            assertThat(app.get("KEYCLOAK_CLIENT_SECRET")).isEqualTo(realm.get("clients").get(0).get("secret").asString());
            assertThat(app.get("KEYCLOAK_PUBLIC_URL")).isEqualTo("http://localhost:8180");
            assertThat(realm.get("users").toString()).contains((String) app.get("LEERTEAM_EERSTE_BEHEERDER_EMAIL"));
            assertThat(Files.readString(Path.of("docker/nginx/leerteam.conf")))
                    .contains("server " + node + ":8080").contains("\\." + app.get("LEERTEAM_NODE") + "(;|$)");
        }
        assertThat((List<String>) keycloak.get("ports")).contains("8180:8080");
        assertThat((List<String>) keycloak.get("command")).contains("--import-realm");
        Map<String, Object> nginx = (Map<String, Object>) services.get("nginx");
        assertThat((List<String>) nginx.get("ports")).containsExactly("8080:80");
        assertThat((List<String>) nginx.get("volumes")).contains("./nginx/leerteam.conf:/etc/nginx/conf.d/default.conf:ro");
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
