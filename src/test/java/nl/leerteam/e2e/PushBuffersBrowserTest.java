package nl.leerteam.e2e;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The push connections of the running server are opened with small buffers: Atmosphere's, not the 48 KB
 * Vaadin asks for, and Tomcat's WebSocket buffers (that live updates still arrive is {@link BijeenkomstBrowserTest}'s to show). With the
 * browser tests because it needs the real server's servlet context, which they start once for all.
 */
class PushBuffersBrowserTest extends ChromiumTest {

    @Autowired
    ServletContext servletContext;

    @Test
    void pushConnectionsOfTheRunningServerGetSmallBuffers() {
        List<AtmosphereFramework> atmosphere = Collections.list(servletContext.getAttributeNames()).stream()
                .map(servletContext::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast).toList();

        assertThat(atmosphere).isNotEmpty().allSatisfy(framework -> assertThat(
                framework.getAtmosphereConfig().getInitParameter("org.atmosphere.websocket.bufferSize")).isEqualTo("256"));
    }

    @Test
    void tomcatsWebSocketBuffersAreSmallToo() {
        ServerContainer webSockets = (ServerContainer) servletContext.getAttribute(ServerContainer.class.getName());
        assertThat(webSockets.getDefaultMaxTextMessageBufferSize()).isEqualTo(2048);
        assertThat(webSockets.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(2048);
        assertThat(System.getProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE")).isEqualTo("2048");
    }
}
