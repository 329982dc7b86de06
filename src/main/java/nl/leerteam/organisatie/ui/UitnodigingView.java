package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.UitnodigingInfo;
import nl.leerteam.organisatie.security.InlogOpties;

import java.util.Optional;

/**
 * The page an invitation link opens. Its login buttons carry the code, so the OIDC login that
 * follows binds that identity to the invited person.
 */
@Route(value = "uitnodiging/:code", autoLayout = false)
@AnonymousAllowed
public class UitnodigingView extends Div implements BeforeEnterObserver, Paginatitel {

    private final InlogService inlog;
    private final InlogOpties opties;
    private final Div kaart = new Div();

    public UitnodigingView(InlogService inlog, InlogOpties opties) {
        this.inlog = inlog;
        this.opties = opties;
        addClassName("lt-login");
        kaart.addClassName("lt-login-card");
        add(kaart);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        Optional<UitnodigingInfo> info = inlog.uitnodiging(code);
        kaart.removeAll();
        kaart.add(new H1(getTranslation("app.naam")));
        if (info.isEmpty()) {
            Paragraph ongeldig = new Paragraph(getTranslation("uitnodiging.ongeldig"));
            ongeldig.setId("uitnodiging-ongeldig");
            kaart.add(ongeldig);
            return;
        }
        Paragraph welkom = new Paragraph(getTranslation("uitnodiging.welkom", info.get().naam(), info.get().bestuurNaam()));
        welkom.setId("uitnodiging-welkom");
        kaart.add(welkom, new Paragraph(getTranslation(opties.providers().isEmpty()
                ? "uitnodiging.geen-providers" : "uitnodiging.kies-login")));
        kaart.add(new InlogKnoppen(opties, code));
    }

    @Override
    public String titel() {
        return getTranslation("uitnodiging.titel");
    }
}
