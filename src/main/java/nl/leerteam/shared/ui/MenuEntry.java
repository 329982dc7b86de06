package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;

import java.util.Set;

/**
 * One item of the main navigation. Modules contribute their items through {@link MenuContributor}
 * beans, so the shell in this kernel knows no module and a space appears only once it exists.
 *
 * @param rollen who sees the item; empty means everybody who is logged in
 */
public record MenuEntry(String labelKey, Class<? extends Component> view, VaadinIcon icon, int order,
                        Set<Rol> rollen) {

    public MenuEntry {
        rollen = Set.copyOf(rollen);
    }

    public boolean visibleFor(LeerteamPrincipal principal) {
        return rollen.isEmpty() || rollen.stream().anyMatch(principal::heeft);
    }
}
