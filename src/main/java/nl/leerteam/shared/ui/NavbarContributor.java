package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;

/** A module's part of the top bar (such as the search field), so the shell in this kernel knows no module. */
public interface NavbarContributor {

    /** A new component for one shell; {@code null} when it has nothing for this person. */
    Component navbarItem();
}
