package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.RouteIds;

import java.util.UUID;

/** A case discussion on its own page, for a leerteam that meets without a planned meeting in Leerteam. */
@Route("casussen/:casusId/bespreking")
@RolesAllowed({"LEERKRACHT", "KC"})
public class BesprekingView extends Div implements BeforeEnterObserver, Paginatitel {

    private final BesprekingService besprekingen;
    private final LiveUpdates live;
    final H2 titel = new H2();
    private final RouterLink terug = new RouterLink();
    BesprekingPart bespreking;

    public BesprekingView(BesprekingService besprekingen, LiveUpdates live) {
        this.besprekingen = besprekingen;
        this.live = live;
        addClassName("lt-page");
        add(terug, titel);
    }

    public static RouteParameters parameters(UUID casusId) {
        return CasusView.parameters(casusId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID casusId = RouteIds.uit(event, "casusId");
        BesprekingPagina pagina = besprekingen.pagina(casusId);
        titel.setText(getTranslation("bespreking.pagina", pagina.pseudoniem(), pagina.groep()));
        terug.setText(getTranslation("bespreking.terug-naar-casus", pagina.pseudoniem()));
        terug.setRoute(CasusView.class, CasusView.parameters(casusId));
        if (bespreking != null) {
            remove(bespreking);
        }
        bespreking = new BesprekingPart(casusId, besprekingen, live);
        add(bespreking);
    }

    @Override
    public String titel() {
        return titel.getText().isEmpty() ? getTranslation("bespreking.titel") : titel.getText();
    }
}
