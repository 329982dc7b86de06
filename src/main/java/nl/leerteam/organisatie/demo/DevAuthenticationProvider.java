package nl.leerteam.organisatie.demo;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Development only: logs in as the demo person whose development identity is given as the user
 * name, without a password. Exists only in the {@code dev} profile, which refuses to run with {@code prod}.
 */
@Component
@Profile("dev")
class DevAuthenticationProvider implements AuthenticationProvider {

    private final InlogService inlog;

    DevAuthenticationProvider(InlogService inlog) {
        this.inlog = inlog;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        LeerteamPrincipal principal = inlog.aanmelden(DevLogin.ISSUER, authentication.getName())
                .orElseThrow(() -> new BadCredentialsException("Unknown demo person"));
        return UsernamePasswordAuthenticationToken.authenticated(new DevPrincipal(principal), null,
                principal.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
