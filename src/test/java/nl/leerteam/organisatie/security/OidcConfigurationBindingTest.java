package nl.leerteam.organisatie.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The environment variables README.md tells an IT person to set bind to the settings they mean. */
class OidcConfigurationBindingTest {

    private static Binder binder(Map<String, Object> environmentVariables) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.addFirst(new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environmentVariables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }

    @Test
    void tenant_restrictions_bind_from_environment_variables() {
        Binder binder = binder(Map.of(
                "LEERTEAM_OIDC_PROVIDERS_ENTRA_ALLOWEDTENANTS", "tenant-a,tenant-b",
                "LEERTEAM_OIDC_PROVIDERS_GOOGLE_HOSTEDDOMAINS", "school.nl",
                "LEERTEAM_OIDC_PROVIDERS_ENTREE_LABEL", "Entree Federatie"));
        TenantRestricties restricties = binder.bind("leerteam.oidc", TenantRestricties.class).get();
        assertThat(restricties.provider("entra").allowedTenants()).isEqualTo(List.of("tenant-a", "tenant-b"));
        assertThat(restricties.provider("google").hostedDomains()).isEqualTo(List.of("school.nl"));
        assertThat(restricties.provider("entree").label()).isEqualTo("Entree Federatie");
        assertThat(restricties.provider("keycloak").allowedTenants()).isEmpty();
    }

    @Test
    void a_provider_binds_from_environment_variables() {
        Binder binder = binder(Map.of(
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_ENTRA_CLIENTID", "leerteam-app",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_ENTRA_CLIENTSECRET", "geheim",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_ENTRA_CLIENTNAME", "Microsoft",
                "SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_ENTRA_SCOPE", "openid,profile,email",
                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_ENTRA_ISSUERURI", "https://login.example.org/t/v2.0"));
        OAuth2ClientProperties properties = binder.bind("spring.security.oauth2.client", OAuth2ClientProperties.class).get();
        OAuth2ClientProperties.Registration entra = properties.getRegistration().get("entra");
        assertThat(entra.getClientId()).isEqualTo("leerteam-app");
        assertThat(entra.getClientSecret()).isEqualTo("geheim");
        assertThat(entra.getClientName()).isEqualTo("Microsoft");
        assertThat(entra.getScope()).containsExactly("openid", "profile", "email");
        assertThat(properties.getProvider().get("entra").getIssuerUri()).isEqualTo("https://login.example.org/t/v2.0");
    }
}
