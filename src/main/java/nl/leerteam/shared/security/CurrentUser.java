package nl.leerteam.shared.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The person behind the current request, as the services see them. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<LeerteamPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HasLeerteamPrincipal holder) {
            return Optional.of(holder.leerteamPrincipal());
        }
        return Optional.empty();
    }

    /** The logged-in person; a caller without a Leerteam login is refused. */
    public static LeerteamPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }
}
