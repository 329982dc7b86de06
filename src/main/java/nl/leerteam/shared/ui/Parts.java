package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.signals.Signal;

import java.util.function.Consumer;

/** How a part of a live page follows its record. */
public final class Parts {

    private Parts() {
    }

    /**
     * Shows the record with {@code toon} now and whenever it changes to an unequal one, while the part
     * is in a page. A missing record (not read yet, or a round not reached) leaves the part as it is.
     */
    public static <R> Registration bind(Component part, Signal<R> record, Consumer<R> toon) {
        return Signal.effect(part, () -> {
            R nu = record.get();
            if (nu != null) {
                toon.accept(nu);
            }
        });
    }
}
