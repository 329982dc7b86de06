package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.MenuContributor;
import nl.leerteam.shared.ui.MenuEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

@Component
class KlassenbezoekMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("bezoek.menu", KlassenbezoekenView.class, VaadinIcon.EYE, 30, Set.of(Rol.LEERKRACHT, Rol.KC)),
                new MenuEntry("schoolbeeld.menu", SchoolbeeldView.class, VaadinIcon.BAR_CHART, 35, Set.of(Rol.KC, Rol.DIRECTEUR)),
                new MenuEntry("kijkwijzer.menu", KijkwijzersView.class, VaadinIcon.CLIPBOARD_CHECK, 40, Set.of(Rol.KC, Rol.BESTUURDER)));
    }
}
