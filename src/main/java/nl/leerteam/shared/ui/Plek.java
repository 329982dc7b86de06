package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ValueSignal;

import java.util.Objects;
import java.util.function.Function;

/**
 * The place of a part in a live page whose record may be missing, such as a round a discussion has
 * not reached or a phase a visit is not in. The part costs nothing in the session until its record
 * first arrives; then it is made and added to the container, bound to its record, and hidden
 * whenever the record is missing again.
 *
 * @param <R> the part's record
 */
public final class Plek<R> {

    private final ValueSignal<R> record = new ValueSignal<>(null);
    private final HasComponents container;
    private final Function<Signal<R>, ? extends Component> maken;
    private Component part;

    public Plek(HasComponents container, Function<Signal<R>, ? extends Component> maken) {
        this.container = container;
        this.maken = maken;
    }

    /** Hands the part its record; {@code null} hides it. */
    public void zet(R nieuw) {
        record.set(nieuw);
        if (nieuw != null && part == null) {
            part = maken.apply(record);
            part.bindVisible(record.map(Objects::nonNull));
            container.add(part);
        }
    }

    /** The part, once made. */
    public Component part() {
        return part;
    }
}
