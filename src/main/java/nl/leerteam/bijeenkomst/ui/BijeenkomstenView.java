package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.bijeenkomst.BijeenkomstSamenvatting;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.BijeenkomstenVanLeerteam;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.Rijen;
import nl.leerteam.shared.ui.RouteIds;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The meetings of one leerteam, coming and past; members plan new ones here. */
@Route("leerteams/:leerteamId/bijeenkomsten")
@RolesAllowed({"LEERKRACHT", "KC", "BESTUURDER"})
public class BijeenkomstenView extends Div implements BeforeEnterObserver, Paginatitel {

    static final String PARAMETER = "leerteamId";

    private final BijeenkomstService service;
    private UUID leerteamId;
    private BijeenkomstenVanLeerteam gegevens;

    final H2 titel = new H2();
    final Span school = new Span();
    final Button plannen = new Button();
    final Grid<BijeenkomstSamenvatting> komend = grid("bijeenkomsten-komend");
    final Grid<BijeenkomstSamenvatting> eerder = grid("bijeenkomsten-eerder");
    private final H3 eerderKop = new H3();
    private final LeegTekst leeg;

    public BijeenkomstenView(BijeenkomstService service) {
        this.service = service;
        addClassName("lt-page");
        school.addClassName("lt-muted");
        plannen.setText(getTranslation("bijeenkomst.plannen"));
        plannen.setIcon(VaadinIcon.CALENDAR.create());
        plannen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plannen.setId("bijeenkomst-plannen");
        plannen.addClickListener(e -> new BijeenkomstDialog(null, gegevens.leden(),
                (formulier, bevestigd) -> {
                    UUID id = service.plannen(leerteamId, formulier, bevestigd);
                    getUI().ifPresent(ui -> ui.navigate(BijeenkomstView.class, BijeenkomstView.parameters(id)));
                }, () -> Meldingen.succes(this, "bijeenkomst.gepland")).open());
        eerderKop.setText(getTranslation("bijeenkomst.eerder"));
        leeg = new LeegTekst(getTranslation("bijeenkomst.geen.titel"), getTranslation("bijeenkomst.geen.tekst"));
        add(titel, school, plannen, komend, leeg, eerderKop, eerder);
    }

    private Grid<BijeenkomstSamenvatting> grid(String id) {
        Grid<BijeenkomstSamenvatting> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(b -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(b.datum()))
                .setHeader(getTranslation("bijeenkomst.datum")).setAutoWidth(true);
        grid.addColumn(b -> b.begintijd() + "–" + b.eindtijd()).setHeader(getTranslation("bijeenkomst.tijd")).setAutoWidth(true);
        grid.addColumn(BijeenkomstSamenvatting::titel).setHeader(getTranslation("bijeenkomst.titel")).setFlexGrow(2);
        grid.addColumn(b -> b.plaats() == null ? getTranslation("bijeenkomst.online") : b.plaats())
                .setHeader(getTranslation("bijeenkomst.plaats")).setFlexGrow(1);
        grid.addColumn(b -> getTranslation("bijeenkomst.status." + b.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("casus.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Rijen.openen(grid, rij -> getUI().ifPresent(ui -> ui.navigate(BijeenkomstView.class,
                BijeenkomstView.parameters(rij.id()))));
        return grid;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leerteamId = RouteIds.uit(event, PARAMETER);
        gegevens = service.bijeenkomstenVan(leerteamId);
        titel.setText(getTranslation("bijeenkomst.van", gegevens.leerteamNaam()));
        school.setText(gegevens.gearchiveerd() ? getTranslation("leerteam.school-gearchiveerd", gegevens.schoolNaam())
                : gegevens.schoolNaam());
        plannen.setVisible(gegevens.lid());
        toon(komend, gegevens.komend());
        toon(eerder, gegevens.eerder());
        leeg.setVisible(gegevens.komend().isEmpty());
        eerderKop.setVisible(!gegevens.eerder().isEmpty());
    }

    private static void toon(Grid<BijeenkomstSamenvatting> grid, List<BijeenkomstSamenvatting> lijst) {
        grid.setItems(lijst);
        grid.setVisible(!lijst.isEmpty());
    }

    @Override
    public String titel() {
        return gegevens == null ? getTranslation("bijeenkomst.link") : getTranslation("bijeenkomst.van", gegevens.leerteamNaam());
    }
}
