package nl.leerteam.organisatie.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The ways to log in that the login page offers. */
@Component
public class InlogOpties {

    private final List<Provider> providers;
    private final boolean devLogin;

    InlogOpties(ObjectProvider<ClientRegistrationRepository> registrations, TenantRestricties restricties,
                Environment environment) {
        List<Provider> gevonden = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> iterable) {
            for (Object item : iterable) {
                ClientRegistration registration = (ClientRegistration) item;
                String label = restricties.provider(registration.getRegistrationId()).label();
                gevonden.add(new Provider(registration.getRegistrationId(),
                        label == null || label.isBlank() ? registration.getClientName() : label));
            }
        }
        this.providers = List.copyOf(gevonden);
        this.devLogin = environment.matchesProfiles(SecurityConfiguration.DEV);
    }

    public record Provider(String id, String label) {

        /** Where the browser goes to start this provider's login. */
        public String loginUrl() {
            return "oauth2/authorization/" + id;
        }

        /** The same, for the person an invitation is for: the login binds their identity to it. */
        public String loginUrl(String uitnodigingCode) {
            return loginUrl() + "?" + UitnodigingOnthoudendeResolver.PARAMETER + "="
                    + URLEncoder.encode(uitnodigingCode, StandardCharsets.UTF_8);
        }
    }

    public List<Provider> providers() {
        return providers;
    }

    public boolean devLogin() {
        return devLogin;
    }
}
