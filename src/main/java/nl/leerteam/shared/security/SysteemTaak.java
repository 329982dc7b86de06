package nl.leerteam.shared.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a scheduled job as Leerteam itself: an explicit identity with only the {@link Rol#SYSTEEM}
 * role, so the services it calls still check who calls them and nobody else can.
 */
public final class SysteemTaak {

    private static final LeerteamPrincipal SYSTEEM =
            new LeerteamPrincipal(null, null, "Leerteam", null, "nl", Set.of(Rol.SYSTEEM));

    private SysteemTaak() {
    }

    public static <T> T als(Supplier<T> taak) {
        SecurityContext vorige = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Systeem(), null,
                List.of(new SimpleGrantedAuthority(Rol.SYSTEEM.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return taak.get();
        } finally {
            SecurityContextHolder.setContext(vorige);
        }
    }

    private record Systeem() implements HasLeerteamPrincipal, Principal, Serializable {

        @Override
        public LeerteamPrincipal leerteamPrincipal() {
            return SYSTEEM;
        }

        @Override
        public String getName() {
            return "leerteam-systeem";
        }
    }
}
