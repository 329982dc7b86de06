package nl.leerteam.organisatie.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Optional;

/**
 * Carries an invitation code through the round trip to the OIDC provider, in the HTTP session
 * (which keeps its attributes when its id changes at login).
 */
final class UitnodigingInSessie {

    private static final String ATTRIBUUT = "leerteam.uitnodiging.code";

    private UitnodigingInSessie() {
    }

    static void onthoud(HttpSession session, String code) {
        session.setAttribute(ATTRIBUUT, code);
    }

    /** Takes the code out of the current request's session: it is used at most once. */
    static Optional<String> neem() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpServletRequest request = attributes.getRequest();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object code = session.getAttribute(ATTRIBUUT);
        session.removeAttribute(ATTRIBUUT);
        return Optional.ofNullable(code).map(Object::toString);
    }
}
