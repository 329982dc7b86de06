package nl.leerteam.platform.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.MenuContributor;
import nl.leerteam.shared.ui.MenuEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

@Component
class PlatformMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("platform.menu", PlatformView.class, VaadinIcon.LIGHTBULB, 40,
                Set.of(Rol.LEERKRACHT, Rol.KC, Rol.DIRECTEUR, Rol.BESTUURDER)));
    }
}
