package nl.leerteam.organisatie.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Starts a login at a provider as usual; when the login button came from an invitation page
 * ({@code ?uitnodiging=CODE}), the code is kept in the session until the provider sends the
 * person back, where {@link LeerteamOidcUserService} uses it.
 */
class UitnodigingOnthoudendeResolver implements OAuth2AuthorizationRequestResolver {

    static final String PARAMETER = "uitnodiging";
    private static final int MAX_CODE = 64;

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    UitnodigingOnthoudendeResolver(ClientRegistrationRepository registrations) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return onthoud(request, delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return onthoud(request, delegate.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest onthoud(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        String code = request.getParameter(PARAMETER);
        if (authorization != null && code != null && !code.isBlank() && code.length() <= MAX_CODE) {
            UitnodigingInSessie.onthoud(request.getSession(), code);
        }
        return authorization;
    }
}
