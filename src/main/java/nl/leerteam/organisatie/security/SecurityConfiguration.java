package nl.leerteam.organisatie.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.leerteam.organisatie.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Login is OIDC, with every provider that is configured under
 * {@code spring.security.oauth2.client.registration}. The {@code dev} profile adds the development
 * login (pick a demo person); it can never be combined with {@code prod}.
 */
@Configuration
@EnableWebSecurity
// Services are guarded with @PreAuthorize. The @RolesAllowed on views is Vaadin's to check when navigating;
// with JSR-250 method security on as well, Spring wrapped every view instance in a proxy of its own.
@EnableMethodSecurity
class SecurityConfiguration {

    static final String DEV = "dev";
    static final String PROD = "prod";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment,
                                            ObjectProvider<ClientRegistrationRepository> clientRegistrations,
                                            LeerteamOidcUserService oidcUserService) throws Exception {
        boolean devLogin = environment.matchesProfiles(DEV);
        boolean oidc = clientRegistrations.getIfAvailable() != null;
        if (devLogin && environment.matchesProfiles(PROD)) {
            throw new IllegalStateException("The dev profile (development login, demo data) cannot run together with prod.");
        }
        if (!devLogin && !oidc) {
            throw new IllegalStateException("No OIDC provider is configured: set spring.security.oauth2.client.registration.<id>.* (see README).");
        }
        // a calendar program fetches the quality calendar's feed without a login: its secret code is the access
        // and a mail program unsubscribes with one POST of the link in a notification mail (RFC 8058), without cookies
        // and so without a CSRF token: the link's secret code is the access, for that one mail of that one person
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/kalender/*.ics",
                "/afmelden/*").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/afmelden/*"));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // every response gets its security headers from one filter of its own (shared.web), Vaadin's too
        http.headers(headers -> headers.disable());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            // an address that is no route reaches Vaadin for a logged-in person, which answers with Leerteam's "not
            // found" page (404) instead of an empty 403; without a login it still leads to the login page
            vaadin.anyRequest(org.springframework.security.config.annotation.web.configurers
                    .AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (devLogin) {
                vaadin.loginView(LoginView.class);
            }
            if (oidc) {
                vaadin.oauth2LoginPage("/" + LoginView.ROUTE);
            }
        });
        if (oidc) {
            http.oauth2Login(login -> login
                    .authorizationEndpoint(authorization -> authorization.authorizationRequestResolver(
                            new UitnodigingOnthoudendeResolver(clientRegistrations.getObject())))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService))
                    .failureHandler(oidcFailureHandler()));
        }
        if (devLogin) {
            http.formLogin(form -> form.failureUrl("/" + LoginView.ROUTE + "?error"));
        }
        return http.build();
    }

    /** A refused OIDC login lands on a page that says why, not on a bare error. */
    private static AuthenticationFailureHandler oidcFailureHandler() {
        return (request, response, exception) -> {
            String target = exception instanceof OAuth2AuthenticationException oauth2
                    && oauth2.getError().getErrorCode().equals(InlogFout.vanCode(oauth2.getError().getErrorCode()).code())
                    ? "/geen-toegang?reden=" + oauth2.getError().getErrorCode()
                    : "/" + LoginView.ROUTE + "?error";
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
