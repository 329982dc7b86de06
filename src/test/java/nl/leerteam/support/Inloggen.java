package nl.leerteam.support;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.demo.DevLogin;
import nl.leerteam.shared.security.LeerteamPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Logs a demo person in for the current thread, the way the development login does. */
public final class Inloggen {

    private Inloggen() {
    }

    public static Authentication als(InlogService inlog, String devSubject) {
        LeerteamPrincipal principal = inlog.aanmelden(DevLogin.ISSUER, devSubject)
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + devSubject));
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(principal), null,
                principal.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void uit() {
        SecurityContextHolder.clearContext();
    }
}
