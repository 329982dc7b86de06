package nl.leerteam.platform.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.shared.ui.RouteIds;
import org.springframework.security.access.AccessDeniedException;

import java.util.Locale;
import java.util.Map;

/**
 * A card started from the school's own practice: a decision of a leerteam meeting or an intervention of a
 * trend discussion. The form opens with that one text filled in; the rest is the KC's to write.
 */
@Route("platform/nieuw/:bron/:bronId")
@RolesAllowed("KC")
public class KaartVanSchoolView extends Div implements BeforeEnterObserver, Paginatitel {

    private final PraktijkkaartService service;
    private final ThemaService themas;
    final Paragraph uitleg = new Paragraph();
    final Button openen = new Button();
    KaartFormulier formulier;

    public KaartVanSchoolView(PraktijkkaartService service, ThemaService themas) {
        this.service = service;
        this.themas = themas;
        addClassName("lt-page");
        openen.setText(getTranslation("platform.vanschool.openen"));
        openen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openen.setId("vanschool-openen");
        add(new H2(getTranslation("platform.vanschool.titel")), uitleg, openen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PraktijkkaartService.Bron bron;
        try {
            bron = PraktijkkaartService.Bron.valueOf(event.getRouteParameters().get("bron").orElse("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException onbekend) {
            throw new AccessDeniedException("No such source");
        }
        PraktijkkaartService.Kaartvoorstel voorstel = service.voorstel(bron, RouteIds.uit(event, "bronId"));
        uitleg.setText(getTranslation("platform.vanschool.uitleg." + bron.name().toLowerCase(Locale.ROOT), voorstel.schoolNaam()));
        openen.addClickListener(e -> open(voorstel));
        open(voorstel);
    }

    private void open(PraktijkkaartService.Kaartvoorstel voorstel) {
        formulier = new KaartFormulier(service, themas.themas(), Map.of(voorstel.schoolId(), voorstel.schoolNaam()), null,
                id -> UI.getCurrent().navigate(KaartView.class, KaartView.parameters(id)));
        formulier.vulVoorstelIn(voorstel.invoer());
        formulier.open();
    }

    @Override
    public String titel() {
        return getTranslation("platform.vanschool.titel");
    }
}
