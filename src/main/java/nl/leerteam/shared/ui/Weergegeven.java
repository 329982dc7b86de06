package nl.leerteam.shared.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each part of a live page shows now, so that a refresh rebuilds only the parts whose data
 * changed and the browser receives nothing for the rest.
 */
public final class Weergegeven {

    private final Map<String, List<Object>> delen = new HashMap<>();

    /** Whether {@code deel} must be built again: what it would show differs from what it showed; remembers it. */
    public boolean veranderd(String deel, Object... gegevens) {
        List<Object> nu = Arrays.asList(gegevens);
        return !nu.equals(delen.put(deel, nu));
    }
}
