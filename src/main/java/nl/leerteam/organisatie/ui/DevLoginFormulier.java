package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import nl.leerteam.organisatie.demo.DemoAccount;


/**
 * Development only: a plain HTML form per demo person that posts to Spring Security's form login,
 * so the login goes through the same filter chain (new session id, saved request) as any other.
 */
@Tag("form")
class DevLoginFormulier extends Component {

    DevLoginFormulier(DemoAccount account, String rollenTekst, String scholenTekst) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", LoginView.ROUTE);
        getElement().setAttribute("class", "lt-dev-account");
        getElement().appendChild(verborgen("username", account.subject()), verborgen("password", "dev"));
        Element knop = new Element("button");
        knop.setAttribute("type", "submit");
        knop.setAttribute("id", "dev-login-" + account.subject());
        // No aria-label: the button is named by what it shows (name, roles, schools), so what is seen is what is heard.
        Element naam = new Element("span");
        naam.setAttribute("class", "lt-dev-name");
        naam.setText(account.naam());
        Element rollen = new Element("span");
        rollen.setAttribute("class", "lt-dev-roles");
        rollen.setText(rollenTekst);
        Element scholen = new Element("span");
        scholen.setAttribute("class", "lt-dev-schools");
        scholen.setText(scholenTekst);
        knop.appendChild(naam, rollen, scholen);
        getElement().appendChild(knop);
    }

    private static Element verborgen(String naam, String waarde) {
        Element input = new Element("input");
        input.setAttribute("type", "hidden");
        input.setAttribute("name", naam);
        input.setAttribute("value", waarde);
        return input;
    }
}
