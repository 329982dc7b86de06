package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A module's section on the start page, such as the escalated cases waiting for a KC, so the
 * organisation module shows it without knowing the module.
 */
public interface DashboardContributor {

    /** The section for the logged-in person, or empty when there is nothing for them now. */
    Optional<Component> sectie();

    /**
     * Where the section stands on the page, lowest first: what is due soonest (today's meetings, a case
     * waiting for a KC) before what can wait (the quality calendar).
     */
    int volgorde();
}
