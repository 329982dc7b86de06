package nl.leerteam.zoeken.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.leerteam.shared.ui.NavbarContributor;

/** The search field in the top bar: Enter opens the results of what was typed. */
@org.springframework.stereotype.Component
class Zoekveld implements NavbarContributor {

    @Override
    public Component navbarItem() {
        TextField veld = new TextField();
        veld.setPlaceholder(veld.getTranslation("zoeken.veld"));
        veld.setAriaLabel(veld.getTranslation("zoeken.veld"));
        veld.setPrefixComponent(VaadinIcon.SEARCH.create());
        veld.setClearButtonVisible(true);
        veld.setMaxLength(ZoekView.MAX_INVOER);
        veld.setId("zoekveld");
        veld.addClassName("lt-zoekveld");
        veld.getElement().setAttribute("role", "search");
        veld.addKeyPressListener(Key.ENTER, e -> {
            String tekst = veld.getValue().strip();
            if (!tekst.isEmpty()) {
                veld.getUI().ifPresent(ui -> ui.navigate(ZoekView.class, QueryParameters.of("q", tekst)));
            }
        });
        return veld;
    }
}
