package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.leerteam.organisatie.demo.DemoAccount;
import nl.leerteam.organisatie.demo.DevLoginService;
import nl.leerteam.organisatie.security.InlogOpties;
import nl.leerteam.shared.security.Rol;
import org.springframework.beans.factory.ObjectProvider;

import java.util.stream.Collectors;

/** The login page: a button per OIDC provider and, in development, the demo people. */
@Route(value = LoginView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, Paginatitel {

    public static final String ROUTE = "login";

    private final Paragraph foutmelding = new Paragraph();

    public LoginView(InlogOpties opties, ObjectProvider<DevLoginService> devLogin) {
        addClassName("lt-login");
        Div kaart = new Div();
        kaart.addClassName("lt-login-card");
        H1 titel = new H1(getTranslation("app.naam"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        foutmelding.addClassName("lt-error");
        foutmelding.setVisible(false);
        foutmelding.setId("login-fout");
        kaart.add(titel, intro, foutmelding);
        if (!opties.providers().isEmpty()) {
            kaart.add(new InlogKnoppen(opties, null));
        }
        DevLoginService dev = devLogin.getIfAvailable();
        if (opties.devLogin() && dev != null) {
            Div demo = new Div();
            demo.addClassName("lt-dev-login");
            demo.setId("dev-login");
            demo.add(new H2(getTranslation("login.dev.titel")), new Paragraph(getTranslation("login.dev.uitleg")));
            Div lijst = new Div();
            lijst.addClassName("lt-dev-accounts");
            for (DemoAccount account : dev.accounts()) {
                lijst.add(new DevLoginFormulier(account, rollen(account), String.join(", ", account.scholen())));
            }
            demo.add(lijst);
            kaart.add(demo);
        }
        add(kaart);
    }

    private String rollen(DemoAccount account) {
        return account.rollen().stream().sorted().map(Rol::labelKey).map(this::getTranslation)
                .collect(Collectors.joining(", "));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean fout = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        foutmelding.setText(getTranslation("login.fout"));
        foutmelding.setVisible(fout);
    }

    @Override
    public String titel() {
        return getTranslation("login.titel");
    }
}
