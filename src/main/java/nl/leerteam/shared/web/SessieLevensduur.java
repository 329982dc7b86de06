package nl.leerteam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Ends a session that began longer ago than the absolute lifetime, however active it was: a
 * forgotten login on a classroom computer does not stay open for days. The next request finds no
 * session; Vaadin tells the person and they log in again.
 */
class SessieLevensduur extends OncePerRequestFilter {

    private final Duration maximaal;
    private final Clock clock;

    SessieLevensduur(Duration maximaal, Clock clock) {
        this.maximaal = maximaal;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession sessie = request.getSession(false);
        if (sessie != null && clock.millis() - sessie.getCreationTime() > maximaal.toMillis()) {
            try {
                sessie.invalidate();
            } catch (IllegalStateException alGesloten) {
                // another request of the same person ended it a moment ago
            }
        }
        chain.doFilter(request, response);
    }
}
