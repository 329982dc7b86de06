package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** What the parts of a meeting share: a click that calls a service, and the small buttons and rows. */
final class Acties {

    private Acties() {
    }

    /**
     * Runs a click's service call and reads the meeting again: after a refusal too, since someone
     * else may have changed the meeting meanwhile.
     */
    static void doe(Component context, Runnable actie, Runnable vernieuw) {
        Meldingen.opslaan(context, Map.of(), actie);
        vernieuw.run();
    }

    /** A small icon button with its name for screen readers and as a tooltip. */
    static Button klein(Component context, VaadinIcon icoon, String key, boolean enabled, Runnable actie, Runnable vernieuw) {
        Button knop = new Button(icoon.create(), e -> doe(context, actie, vernieuw));
        knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        knop.setAriaLabel(context.getTranslation(key));
        // A title, not a Vaadin tooltip: one element less for each of the many small buttons in a page.
        knop.getElement().setAttribute("title", context.getTranslation(key));
        knop.setEnabled(enabled);
        return knop;
    }

    /**
     * A button in {@code plek} that makes the fields of a form when it is pressed and takes their place:
     * a page shows many parts that most people only read, and fields cost memory in every window that
     * holds them. {@code velden} makes the fields (and may give one the focus).
     */
    static Button openen(HasComponents plek, VaadinIcon icoon, String id, String key, Supplier<List<Component>> velden) {
        Button knop = new Button(((Component) plek).getTranslation(key), icoon.create());
        knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        knop.setId(id);
        knop.addClickListener(e -> {
            plek.remove(knop);
            plek.add(velden.get());
        });
        plek.add(knop);
        return knop;
    }

    static Div rij(Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }
}
