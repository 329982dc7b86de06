package nl.leerteam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The security headers of every response, set before anything else writes it, so Vaadin's bootstrap
 * and init responses (which Spring Security's header writer never sees) carry them too. The policy is
 * as tight as Vaadin Flow allows: its bootstrap starts the client engine with an inline script and the
 * engine builds functions from what the server sends, so scripts need 'unsafe-inline' and 'unsafe-eval';
 * everything else comes from this origin only, and no page may be framed.
 */
class Beveiligingskoppen extends OncePerRequestFilter {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Files that are the same for everybody and hold nothing of a school: the browser may keep them. */
    private static final List<String> STATISCH = List.of("/VAADIN/build/", "/VAADIN/static/", "/icons/", "/images/",
            "/themes/", "/favicon.ico");

    private final boolean hsts;

    Beveiligingskoppen(boolean hsts) {
        this.hsts = hsts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (hsts && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (STATISCH.stream().noneMatch(pad::startsWith)) {
            // pages, Vaadin's messages and exports can carry case or visit content: never kept by a browser or proxy
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
