package nl.leerteam.organisatie.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.util.List;
import java.util.Map;

/**
 * Which organisations may log in through each OIDC provider, per Spring client registration id:
 * {@code leerteam.oidc.providers.<id>.allowed-tenants} (Microsoft Entra ID: the {@code tid} claim)
 * and {@code leerteam.oidc.providers.<id>.hosted-domains} (Google Workspace: the {@code hd} claim).
 * A provider without restrictions (Keycloak, Entree) trusts whoever its issuer vouches for; whether
 * such a person gets in is still decided by their invitation.
 */
@ConfigurationProperties("leerteam.oidc")
public record TenantRestricties(Map<String, Provider> providers) {

    public TenantRestricties {
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    /**
     * @param label          the name on the login button; the registration's client name when empty
     * @param allowedTenants Entra tenant ids whose people may log in; empty: any
     * @param hostedDomains  Google Workspace domains whose people may log in; empty: any
     */
    public record Provider(String label, List<String> allowedTenants, List<String> hostedDomains) {

        public Provider {
            allowedTenants = allowedTenants == null ? List.of() : List.copyOf(allowedTenants);
            hostedDomains = hostedDomains == null ? List.of() : List.copyOf(hostedDomains);
        }
    }

    public Provider provider(String registrationId) {
        return providers.getOrDefault(registrationId, new Provider(null, List.of(), List.of()));
    }

    /** Whether an ID token from this provider comes from an organisation that may log in. */
    public boolean staatToe(String registrationId, OidcIdToken idToken) {
        Provider provider = provider(registrationId);
        if (!provider.allowedTenants().isEmpty() && !provider.allowedTenants().contains(idToken.getClaimAsString("tid"))) {
            return false;
        }
        return provider.hostedDomains().isEmpty() || provider.hostedDomains().contains(idToken.getClaimAsString("hd"));
    }
}
