package nl.leerteam.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.apache.catalina.Engine;

import java.time.Clock;
import java.util.EnumSet;

/** The filters every request passes first, and the node's route for sticky sessions behind a load balancer. */
@Configuration
class WebConfiguratie {

    WebConfiguratie(Environment environment) {
        String cookie = environment.getProperty("server.servlet.session.cookie.name", "JSESSIONID");
        if (cookie.startsWith("__Host-") && !environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false)) {
            throw new IllegalStateException("The session cookie " + cookie + " is only kept by a browser over HTTPS: behind plain "
                    + "http, set LEERTEAM_SESSION_COOKIE=JSESSIONID as well as LEERTEAM_SECURE_COOKIE=false.");
        }
    }

    @Bean
    FilterRegistrationBean<Beveiligingskoppen> beveiligingskoppen(WebProperties properties) {
        return registratie(new Beveiligingskoppen(properties.hsts()), Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    FilterRegistrationBean<BegrensdVerzoek> begrensdVerzoek(WebProperties properties) {
        return registratie(new BegrensdVerzoek(properties.maximaalVerzoek().toBytes(), properties.maximaalUpload().toBytes()), Ordered.HIGHEST_PRECEDENCE + 1);
    }

    @Bean
    FilterRegistrationBean<SessieLevensduur> sessieLevensduur(WebProperties properties, Clock clock) {
        return registratie(new SessieLevensduur(properties.sessieMaximaal(), clock), Ordered.HIGHEST_PRECEDENCE + 2);
    }

    /** Session ids end in ".node1" on the node called node1, so nginx sends each request to the node that holds its session. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRoute(WebProperties properties) {
        return factory -> {
            if (!properties.node().isEmpty()) {
                factory.addContextCustomizers(context -> ((Engine) context.getParent().getParent()).setJvmRoute(properties.node()));
            }
        };
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registratie(F filter, int volgorde) {
        FilterRegistrationBean<F> registratie = new FilterRegistrationBean<>(filter);
        registratie.setOrder(volgorde);
        registratie.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
        registratie.addUrlPatterns("/*");
        return registratie;
    }
}
