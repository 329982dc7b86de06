package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Keeps a container's children in step with a list of items, re-using the component of every item
 * that did not change. A live refresh then sends the browser only what changed: a new question in a
 * meeting of thirty is one new list item for each of them, not the whole list again.
 *
 * @param <T> the item; a record, so that an unchanged item is an equal one
 * @param <C> everything else the components depend on, such as whether the reader may answer
 */
public final class Bijhouden<T, C> {

    private record Getoond<T>(T item, Component component) {
    }

    private final HasComponents container;
    private final Function<T, ?> sleutel;
    private final BiFunction<T, C, Component> weergave;
    private Map<Object, Getoond<T>> getoond = Map.of();
    private C omstandigheden;

    /**
     * @param sleutel  what identifies an item across refreshes, such as its id
     * @param weergave builds the component of an item in the given circumstances
     */
    public Bijhouden(HasComponents container, Function<T, ?> sleutel, BiFunction<T, C, Component> weergave) {
        this.container = container;
        this.sleutel = sleutel;
        this.weergave = weergave;
    }

    /**
     * Shows {@code items} in this order.
     *
     * @param omstandigheden everything else the components depend on; when it changes, every item is built again
     */
    public void toon(List<T> items, C omstandigheden) {
        boolean zelfde = Objects.equals(omstandigheden, this.omstandigheden);
        this.omstandigheden = omstandigheden;
        Map<Object, Getoond<T>> nieuw = new LinkedHashMap<>();
        List<Component> gewenst = new ArrayList<>(items.size());
        for (T item : items) {
            Object k = sleutel.apply(item);
            Getoond<T> eerder = getoond.get(k);
            Getoond<T> nu = zelfde && eerder != null && eerder.item().equals(item) ? eerder : new Getoond<>(item, weergave.apply(item, omstandigheden));
            nieuw.put(k, nu);
            gewenst.add(nu.component());
        }
        getoond = nieuw;
        kinderen(container, gewenst);
    }

    /**
     * Makes {@code gewenst} the children of {@code container} with as few changes as it takes: a
     * component that stays where it is is not touched, so the browser keeps its element as it is.
     */
    public static void kinderen(HasComponents container, List<? extends Component> gewenst) {
        Set<Component> blijft = Collections.newSetFromMap(new IdentityHashMap<>());
        blijft.addAll(gewenst);
        List<Component> huidig = new ArrayList<>(((Component) container).getChildren().toList());
        for (Component kind : huidig) {
            if (!blijft.contains(kind)) {
                container.remove(kind);
            }
        }
        huidig.removeIf(kind -> !blijft.contains(kind));
        for (int i = 0; i < gewenst.size(); i++) {
            Component component = gewenst.get(i);
            if (i >= huidig.size() || huidig.get(i) != component) {
                container.addComponentAtIndex(i, component);
                huidig.remove(component);
                huidig.add(i, component);
            }
        }
    }
}
