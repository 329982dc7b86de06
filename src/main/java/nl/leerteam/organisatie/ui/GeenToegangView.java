package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Anchor;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.leerteam.organisatie.security.InlogFout;

/**
 * Where a refused login lands: someone whose account is not (yet) known to Leerteam, or whose
 * organisation this login is not open for. Says what to do instead of showing an error.
 */
@Route(value = "geen-toegang", autoLayout = false)
@AnonymousAllowed
public class GeenToegangView extends Div implements BeforeEnterObserver, Paginatitel {

    private final Paragraph uitleg = new Paragraph();

    public GeenToegangView() {
        addClassName("lt-login");
        Div kaart = new Div();
        kaart.addClassName("lt-login-card");
        uitleg.setId("geen-toegang-uitleg");
        kaart.add(new H1(getTranslation("geen-toegang.titel")), uitleg,
                new Paragraph(getTranslation("geen-toegang.wat-nu")),
                new Anchor(LoginView.ROUTE, getTranslation("geen-toegang.opnieuw")));
        add(kaart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reden = event.getLocation().getQueryParameters().getSingleParameter("reden").orElse("");
        uitleg.setText(getTranslation("geen-toegang.reden." + InlogFout.vanCode(reden).code()));
    }

    @Override
    public String titel() {
        return getTranslation("geen-toegang.titel");
    }
}
