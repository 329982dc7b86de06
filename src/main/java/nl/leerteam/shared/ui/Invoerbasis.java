package nl.leerteam.shared.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

import java.util.Objects;

/**
 * Shows in a field what the server holds, without overwriting what the person typed there since the
 * field last showed it: a live refresh brings others' changes into untouched fields only, and what
 * someone is typing stays until they save it.
 *
 * @param <T> the field's value
 */
public final class Invoerbasis<T> {

    private final HasValue<?, T> veld;
    private T basis;
    private boolean getoond;
    private String concept;

    public Invoerbasis(HasValue<?, T> veld) {
        this.veld = veld;
        // A live refresh can only keep what the server knows was typed: a text field that sends its
        // value only when it loses the focus would have the refresh overwrite what is being typed.
        if (veld instanceof HasValueChangeMode tekst && tekst.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            tekst.setValueChangeMode(ValueChangeMode.LAZY);
        }
    }

    /** Keeps a draft of a text field in the browser tab under {@code sleutel} until it is saved (see {@link Concept}). */
    public Invoerbasis<T> concept(String sleutel) {
        this.concept = sleutel;
        return this;
    }

    /** Shows {@code opServer} unless the person changed the field since it last showed the server's value. */
    public void toon(T opServer) {
        if (!getoond || !gewijzigd()) {
            boolean eerste = !getoond;
            veld.setValue(opServer);
            basis = veld.getValue();
            getoond = true;
            if (eerste && concept != null && veld instanceof com.vaadin.flow.component.Component component) {
                Concept.volg(component, concept);
            }
        }
    }

    /** Whether the field holds something the server does not have yet. */
    public boolean gewijzigd() {
        return getoond && !Objects.equals(veld.getValue(), basis);
    }

    /** The server's value the field last showed: what a save merges against when someone else saved meanwhile. */
    public T basis() {
        return basis;
    }

    /** The field now stands on {@code opServer} (what another person saved), keeping what it holds. */
    public void opnieuwVanaf(T opServer) {
        basis = opServer;
        getoond = true;
    }

    /** What the field holds was saved: it is the server's value now. */
    public void bewaard() {
        basis = veld.getValue();
        if (concept != null && veld instanceof com.vaadin.flow.component.Component component) {
            Concept.wis(component);
        }
    }
}
