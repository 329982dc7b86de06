package nl.leerteam.shared.ui;

import com.vaadin.flow.component.grid.Grid;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A list whose rows each lead to a page: a click opens the row, and so does Enter on the row that has the keyboard
 * focus, so the list works without a mouse.
 */
public final class Rijen {

    private Rijen() {
    }

    public static <T> void openen(Grid<T> grid, Consumer<T> open) {
        grid.addClassName("lt-clickable");
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        AtomicReference<T> gefocust = new AtomicReference<>();
        grid.addCellFocusListener(e -> gefocust.set(e.getItem().orElse(null)));
        grid.getElement().addEventListener("keydown", e -> {
            T rij = gefocust.get();
            if (rij != null) {
                open.accept(rij);
            }
        }).setFilter("event.key === 'Enter'");
    }
}
