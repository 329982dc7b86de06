package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusSamenvatting;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.CasussenVanLeerteam;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.Rijen;
import nl.leerteam.shared.ui.RouteIds;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

/** The cases of one leerteam: members bring a case in here; members and the school's KCs read them. */
@Route("leerteams/:leerteamId/casussen")
@RolesAllowed({"LEERKRACHT", "KC"})
public class CasussenView extends Div implements BeforeEnterObserver, Paginatitel {

    static final String PARAMETER = "leerteamId";

    private final CasusService casussen;
    private UUID leerteamId;
    private CasussenVanLeerteam gegevens;

    final H2 titel = new H2();
    final Span school = new Span();
    final Button inbrengen = new Button();
    final Button rondeDuur = new Button();
    final Grid<CasusSamenvatting> grid = new Grid<>();
    private final LeegTekst leeg;

    public CasussenView(CasusService casussen, BesprekingService besprekingen) {
        this.casussen = casussen;
        addClassName("lt-page");
        school.addClassName("lt-muted");
        inbrengen.setText(getTranslation("casus.inbrengen"));
        inbrengen.setIcon(VaadinIcon.PLUS.create());
        inbrengen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inbrengen.setId("casus-inbrengen");
        inbrengen.addClickListener(e -> new CasusDialog(gegevens.volgendPseudoniem(), null,
                (formulier, bevestigd) -> casussen.inbrengen(leerteamId, formulier, bevestigd),
                casus -> {
                    Meldingen.succes(this, "casus.ingebracht", casus.inhoud().pseudoniem());
                    laad();
                }).open());
        rondeDuur.setText(getTranslation("format.titel"));
        rondeDuur.setIcon(VaadinIcon.TIMER.create());
        rondeDuur.setId("format-instellen");
        rondeDuur.addClickListener(e -> new RondeDuurDialog(leerteamId, besprekingen).open());
        grid.setId("casussen");
        grid.addColumn(CasusSamenvatting::pseudoniem).setHeader(getTranslation("casus.pseudoniem")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("casus.groep.waarde", c.groep())).setHeader(getTranslation("casus.groep")).setAutoWidth(true);
        grid.addColumn(CasusSamenvatting::hulpvraag).setHeader(getTranslation("casus.hulpvraag")).setFlexGrow(3);
        grid.addColumn(CasusSamenvatting::eigenaarNaam).setHeader(getTranslation("casus.eigenaar")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("casus.status." + c.status().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("casus.status")).setAutoWidth(true);
        grid.addColumn(c -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(c.gewijzigd().atZone(ZoneId.systemDefault()))).setHeader(getTranslation("casus.gewijzigd")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Rijen.openen(grid, rij -> getUI().ifPresent(ui -> ui.navigate(CasusView.class, CasusView.parameters(rij.id()))));
        leeg = new LeegTekst(getTranslation("casus.geen.titel"), getTranslation("casus.geen.tekst"));
        add(titel, school, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(inbrengen, rondeDuur), grid, leeg);
    }

    public static RouteParameters parameters(UUID leerteamId) {
        return new RouteParameters(PARAMETER, leerteamId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leerteamId = RouteIds.uit(event, PARAMETER);
        laad();
    }

    private void laad() {
        gegevens = casussen.casussenVan(leerteamId);
        titel.setText(getTranslation("casus.casussen-van", gegevens.leerteamNaam()));
        school.setText(gegevens.gearchiveerd() ? getTranslation("leerteam.school-gearchiveerd", gegevens.schoolNaam())
                : gegevens.schoolNaam());
        inbrengen.setVisible(gegevens.lid());
        rondeDuur.setVisible(gegevens.lid());
        grid.setItems(gegevens.casussen());
        grid.setVisible(!gegevens.casussen().isEmpty());
        leeg.setVisible(gegevens.casussen().isEmpty());
    }

    @Override
    public String titel() {
        return gegevens == null ? getTranslation("casus.casussen") : getTranslation("casus.casussen-van", gegevens.leerteamNaam());
    }
}
