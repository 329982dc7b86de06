package nl.leerteam.shared.ui;

import com.vaadin.flow.signals.local.ListSignal;
import com.vaadin.flow.signals.local.ValueSignal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps a {@link ListSignal} in step with a list of records as a service returns it, item by item:
 * an unchanged record keeps its signal as it is, so a component bound to it with {@code bindChildren}
 * stays untouched and the browser receives only what changed (a new question is one new list item).
 */
public final class Lijsten {

    private Lijsten() {
    }

    /**
     * @param sleutel what identifies an item across reads, such as its id
     */
    public static <T> void zet(ListSignal<T> lijst, List<T> items, Function<T, ?> sleutel) {
        List<ValueSignal<T>> huidig = lijst.peek();
        if (huidig.isEmpty()) {
            if (!items.isEmpty()) {
                lijst.insertAllLast(items);
            }
            return;
        }
        Set<Object> blijft = new HashSet<>();
        items.forEach(item -> blijft.add(sleutel.apply(item)));
        Map<Object, ValueSignal<T>> opSleutel = new HashMap<>();
        for (ValueSignal<T> signaal : huidig) {
            Object k = sleutel.apply(signaal.peek());
            if (blijft.contains(k)) {
                opSleutel.put(k, signaal);
            } else {
                lijst.remove(signaal);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            ValueSignal<T> signaal = opSleutel.get(sleutel.apply(item));
            if (signaal == null) {
                lijst.insertAt(i, item);
                continue;
            }
            signaal.set(item);
            if (lijst.peek().get(i) != signaal) {
                lijst.moveTo(signaal, i);
            }
        }
    }
}
