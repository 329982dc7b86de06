package nl.leerteam.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles by nearest rank over a set of measurements. */
final class Statistiek {

    private final List<Double> waarden;

    Statistiek(Collection<? extends Number> metingen) {
        waarden = new ArrayList<>(metingen.stream().map(Number::doubleValue).toList());
        Collections.sort(waarden);
    }

    int aantal() {
        return waarden.size();
    }

    double percentiel(double p) {
        if (waarden.isEmpty()) {
            throw new IllegalStateException("No measurements");
        }
        int rang = (int) Math.ceil(p / 100.0 * waarden.size());
        return waarden.get(Math.max(0, Math.min(waarden.size() - 1, rang - 1)));
    }

    double p50() {
        return percentiel(50);
    }

    double p95() {
        return percentiel(95);
    }

    double max() {
        return waarden.getLast();
    }
}
