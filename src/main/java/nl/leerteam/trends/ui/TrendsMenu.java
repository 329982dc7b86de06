package nl.leerteam.trends.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.MenuContributor;
import nl.leerteam.shared.ui.MenuEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

@Component
class TrendsMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry("trends.menu", TrendsView.class, VaadinIcon.TRENDING_UP, 25,
                        Set.of(Rol.LEERKRACHT, Rol.KC, Rol.DIRECTEUR)),
                new MenuEntry("kalender.menu", KwaliteitskalenderView.class, VaadinIcon.CALENDAR, 27,
                        Set.of(Rol.LEERKRACHT, Rol.KC, Rol.DIRECTEUR)),
                new MenuEntry("bestuurtrends.menu", BestuurTrendsView.class, VaadinIcon.TRENDING_UP, 26, Set.of(Rol.BESTUURDER)));
    }
}
