package nl.leerteam.shared.ui;

import jakarta.servlet.ServletContext;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collections;

/**
 * Every push connection got two buffers from Atmosphere (16 K bytes and 16 K chars, 48 KB) that it only
 * clears when the connection closes; nothing is written through them. Vaadin sets their size when it
 * initialises Atmosphere, before the application can, so the size is lowered here once the server runs:
 * each connection opened after that allocates a few hundred bytes instead (the heap dump of the memory
 * benchmark showed them as the largest part of a session after Vaadin's last response).
 */
@Component
class PushBuffers {

    private static final String BUFFER_SIZE = "org.atmosphere.websocket.bufferSize";
    private static final String KLEIN = "256";

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    private final ServletContext servletContext;

    PushBuffers(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @EventListener(WebServerInitializedEvent.class)
    void verkleinen() {
        int aangepast = 0;
        for (String naam : Collections.list(servletContext.getAttributeNames())) {
            if (servletContext.getAttribute(naam) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(BUFFER_SIZE, KLEIN);
                aangepast++;
            }
        }
        if (aangepast == 0) {
            LOG.warn("No Atmosphere framework in the servlet context; push connections keep their 48 KB of unused buffers");
        }
    }
}
