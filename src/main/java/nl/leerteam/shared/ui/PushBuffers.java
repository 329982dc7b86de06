package nl.leerteam.shared.ui;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import java.util.Collections;

/**
 * Every open window keeps a push connection, and every push connection keeps buffers that mostly sit
 * empty: Leerteam's push only sends from the server (Vaadin's WebSocket + XHR transport), while the
 * client's messages travel by XHR. The heap dumps of the memory benchmark showed them as the largest
 * part of a session after Vaadin's last response, so they are made small here:
 * <ul>
 *   <li>Atmosphere's two buffers (16 K bytes and 16 K chars) that nothing is written through: Vaadin
 *   sets their size when it initialises Atmosphere, before the application can, so the size is lowered
 *   once the server runs, for each connection opened after that;</li>
 *   <li>Tomcat's WebSocket buffers (five of 8 K each, one of them chars): frames are read and written
 *   in 2 K pieces, and a message from the client may be 2 K characters, far above the few bytes the
 *   client sends on this transport;</li>
 *   <li>the read and write buffers of each connection's socket (8 K each): 4 K each, which an open
 *   push connection keeps for as long as its window is open.</li>
 * </ul>
 */
@Component
class PushBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String ATMOSPHERE_BUFFER = "org.atmosphere.websocket.bufferSize";
    private static final String KLEIN = "256";
    /** Tomcat reads it once, when its WebSocket classes load, which happens when the server starts. */
    static final String TOMCAT_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int TOMCAT_KLEIN = 2048;

    private static final Logger LOG = LoggerFactory.getLogger(PushBuffers.class);

    static final int SOCKET_BUFFER = 4096;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.setProperty(TOMCAT_BUFFER, String.valueOf(TOMCAT_KLEIN));
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER));
        });
    }

    @EventListener
    void verkleinen(WebServerInitializedEvent event) {
        if (!(event.getApplicationContext() instanceof WebApplicationContext web) || web.getServletContext() == null) {
            return;
        }
        ServletContext servletContext = web.getServletContext();
        int aangepast = 0;
        for (String naam : Collections.list(servletContext.getAttributeNames())) {
            Object waarde = servletContext.getAttribute(naam);
            if (waarde instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(ATMOSPHERE_BUFFER, KLEIN);
                aangepast++;
            } else if (waarde instanceof ServerContainer webSockets) {
                webSockets.setDefaultMaxTextMessageBufferSize(TOMCAT_KLEIN);
                webSockets.setDefaultMaxBinaryMessageBufferSize(TOMCAT_KLEIN);
            }
        }
        if (aangepast == 0) {
            LOG.warn("No Atmosphere framework in the servlet context; push connections keep their 48 KB of unused buffers");
        }
    }
}
