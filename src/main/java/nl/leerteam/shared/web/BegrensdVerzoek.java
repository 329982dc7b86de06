package nl.leerteam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * No request body is larger than the cap: one that says so in its Content-Length is refused before a
 * byte of it is read, and one sent in chunks stops being read at the cap. Nothing is held in memory on
 * the way. A file upload (a multipart body, which Vaadin streams to its handler) has a cap of its own,
 * and its handler reads the stream with a cap per file.
 */
class BegrensdVerzoek extends OncePerRequestFilter {

    private final long maximaal;
    private final long maximaalUpload;

    BegrensdVerzoek(long maximaal) {
        this(maximaal, maximaal);
    }

    BegrensdVerzoek(long maximaal, long maximaalUpload) {
        this.maximaal = maximaal;
        this.maximaalUpload = maximaalUpload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String soort = request.getContentType();
        long maximaal = soort != null && soort.regionMatches(true, 0, "multipart/", 0, 10) ? maximaalUpload : this.maximaal;
        if (request.getContentLengthLong() > maximaal) {
            // written here, not through sendError: the error page would pass the security chain and become a redirect
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Request body larger than " + maximaal + " bytes");
            return;
        }
        chain.doFilter(new Begrensd(request, maximaal), response);
    }

    /** Thrown when a body without a length grows past the cap. */
    static final class TeGroot extends IOException {
        TeGroot(long maximaal) {
            super("Request body larger than " + maximaal + " bytes");
        }
    }

    private static final class Begrensd extends HttpServletRequestWrapper {

        private final long maximaal;
        private ServletInputStream stroom;

        Begrensd(HttpServletRequest request, long maximaal) {
            super(request);
            this.maximaal = maximaal;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                stroom = new Teller(super.getInputStream(), maximaal);
            }
            return stroom;
        }
    }

    private static final class Teller extends ServletInputStream {

        private final ServletInputStream bron;
        private final long maximaal;
        private long gelezen;

        Teller(ServletInputStream bron, long maximaal) {
            this.bron = bron;
            this.maximaal = maximaal;
        }

        private int tel(int aantal) throws TeGroot {
            if (aantal > 0) {
                gelezen += aantal;
                if (gelezen > maximaal) {
                    throw new TeGroot(maximaal);
                }
            }
            return aantal;
        }

        @Override
        public int read() throws IOException {
            int b = bron.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return tel(bron.read(buffer, offset, length));
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            bron.setReadListener(listener);
        }
    }
}
