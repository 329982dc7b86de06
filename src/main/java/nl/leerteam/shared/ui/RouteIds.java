package nl.leerteam.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

/** Route parameters that must be ids: anything else gets the same "not found" as a foreign id. */
public final class RouteIds {

    private RouteIds() {
    }

    public static UUID uit(BeforeEnterEvent event, String parameter) {
        try {
            return UUID.fromString(event.getRouteParameters().get(parameter).orElse(""));
        } catch (IllegalArgumentException notAnId) {
            throw new AccessDeniedException("Not an id");
        }
    }
}
