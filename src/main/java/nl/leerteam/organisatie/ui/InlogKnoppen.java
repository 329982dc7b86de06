package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import nl.leerteam.organisatie.security.InlogOpties;

/** One button per configured OIDC provider. A full page load, not a route change: the provider's page follows. */
class InlogKnoppen extends Div {

    /** @param uitnodigingCode the code of the invitation being accepted, or {@code null} */
    InlogKnoppen(InlogOpties opties, String uitnodigingCode) {
        addClassName("lt-login-providers");
        for (InlogOpties.Provider provider : opties.providers()) {
            Anchor knop = new Anchor(uitnodigingCode == null ? provider.loginUrl() : provider.loginUrl(uitnodigingCode), getTranslation("login.met", provider.label()));
            knop.setRouterIgnore(true);
            knop.addClassName("lt-login-provider");
            knop.setId("login-" + provider.id());
            add(knop);
        }
    }
}
