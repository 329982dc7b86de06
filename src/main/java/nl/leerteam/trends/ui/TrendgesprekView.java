package nl.leerteam.trends.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.shared.ui.RouteIds;

import java.util.UUID;

/** A trend discussion on its own page, for everybody of the school. */
@Route("trends/gesprekken/:gesprekId")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR"})
public class TrendgesprekView extends Div implements BeforeEnterObserver, Paginatitel {

    private final TrendgesprekDiensten diensten;
    final H2 titel = new H2();
    TrendgesprekPart gesprek;

    public TrendgesprekView(TrendgesprekDiensten diensten) {
        this.diensten = diensten;
        addClassName("lt-page");
        RouterLink terug = new RouterLink(getTranslation("trends.gesprek.terug"), TrendsView.class);
        add(terug, titel);
    }

    public static RouteParameters parameters(UUID gesprekId) {
        return new RouteParameters("gesprekId", gesprekId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID gesprekId = RouteIds.uit(event, "gesprekId");
        if (gesprek != null) {
            remove(gesprek);
        }
        gesprek = new TrendgesprekPart(gesprekId, diensten);
        titel.setText(gesprek.pagina().kop().titel());
        add(gesprek);
    }

    @Override
    public String titel() {
        return titel.getText().isEmpty() ? getTranslation("trends.gesprek.titel") : titel.getText();
    }
}
