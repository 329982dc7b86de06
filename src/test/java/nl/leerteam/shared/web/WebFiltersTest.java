package nl.leerteam.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebFiltersTest {

    @Test
    void a_body_without_a_length_stops_being_read_at_the_cap() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[3 * 1024 * 1024]);
        MockFilterChain chain = new MockFilterChain();
        new BegrensdVerzoek(2 * 1024 * 1024).doFilter(request, new MockHttpServletResponse(), chain);

        InputStream body = ((HttpServletRequest) chain.getRequest()).getInputStream();
        assertThat(body.readNBytes(2 * 1024 * 1024)).hasSize(2 * 1024 * 1024);
        assertThatThrownBy(body::read).isInstanceOf(BegrensdVerzoek.TeGroot.class);
    }

    @Test
    void a_body_that_says_it_is_too_large_is_refused_unread_with_413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
        request.setContent(new byte[3 * 1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new BegrensdVerzoek(2 * 1024 * 1024).doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).as("the application never sees it").isNull();
    }

    @Test
    void a_session_older_than_its_absolute_lifetime_ends_however_active_it_was() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        MockHttpSession sessie = new MockHttpSession();
        sessie.setAttribute("bezig", true);
        request.setSession(sessie);
        Instant begin = Instant.ofEpochMilli(sessie.getCreationTime());

        new SessieLevensduur(Duration.ofHours(12), Clock.fixed(begin.plus(Duration.ofHours(11)), ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(sessie.isInvalid()).isFalse();

        new SessieLevensduur(Duration.ofHours(12), Clock.fixed(begin.plus(Duration.ofHours(12)).plusSeconds(1), ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(sessie.isInvalid()).isTrue();
    }
}
