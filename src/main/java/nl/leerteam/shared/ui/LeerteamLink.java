package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

import java.util.UUID;

/**
 * A way into a leerteam's space that a module offers on every leerteam card (its cases, later its
 * meetings), so the organisation module lists them without knowing the modules.
 *
 * @param parameter the route parameter that takes the leerteam id
 */
public record LeerteamLink(String labelKey, Class<? extends Component> view, String parameter, int order) {

    public RouteParameters parameters(UUID leerteamId) {
        return new RouteParameters(parameter, leerteamId.toString());
    }
}
