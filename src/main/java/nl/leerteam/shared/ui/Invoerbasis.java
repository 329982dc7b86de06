package nl.leerteam.shared.ui;

import com.vaadin.flow.component.HasValue;

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

    public Invoerbasis(HasValue<?, T> veld) {
        this.veld = veld;
    }

    /** Shows {@code opServer} unless the person changed the field since it last showed the server's value. */
    public void toon(T opServer) {
        if (!getoond || !gewijzigd()) {
            veld.setValue(opServer);
            basis = veld.getValue();
            getoond = true;
        }
    }

    /** Whether the field holds something the server does not have yet. */
    public boolean gewijzigd() {
        return getoond && !Objects.equals(veld.getValue(), basis);
    }

    /** What the field holds was saved: it is the server's value now. */
    public void bewaard() {
        basis = veld.getValue();
    }
}
