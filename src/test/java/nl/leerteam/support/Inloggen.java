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
        return als(inlog, DevLogin.ISSUER, devSubject);
    }

    public static Authentication als(InlogService inlog, String issuer, String subject) {
        LeerteamPrincipal principal = inlog.aanmelden(issuer, subject)
                .orElseThrow(() -> new IllegalArgumentException("No person " + subject + " of " + issuer));
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(principal), null,
                principal.rollen().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void uit() {
        SecurityContextHolder.clearContext();
    }
}
