package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.MenuContributor;
import nl.leerteam.shared.ui.MenuEntry;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

@Component
class OrganisatieMenu implements MenuContributor {

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("menu.overzicht", DashboardView.class, VaadinIcon.HOME, 0, Set.of()),
                new MenuEntry("menu.mijn-leerteams", MijnLeerteamsView.class, VaadinIcon.GROUP, 10,
                        Set.of(Rol.LEERKRACHT, Rol.KC, Rol.DIRECTEUR)),
                new MenuEntry("schoolwoorden.menu", SchoolwoordenView.class, VaadinIcon.TEXT_LABEL, 85, Set.of(Rol.KC)),
                new MenuEntry("menu.beheer", BeheerView.class, VaadinIcon.COG, 90, Set.of(Rol.BESTUURDER, Rol.DIRECTEUR)),
                new MenuEntry("menu.besturen", BesturenView.class, VaadinIcon.BUILDING, 95, Set.of(Rol.BEHEERDER)));
    }
}
