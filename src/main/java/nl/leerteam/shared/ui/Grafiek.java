package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * A bar or line chart drawn in the browser by Chart.js (with the annotation plugin for reference lines)
 * through a small custom element. It is an image for screen readers, with a one-line description;
 * every chart has a table twin beside it with the same numbers, so colour never carries meaning alone.
 */
@Tag("lt-grafiek")
@NpmPackage(value = "chart.js", version = "4.6.1")
@NpmPackage(value = "chartjs-plugin-annotation", version = "3.1.0")
@JsModule("./components/lt-grafiek.js")
public class Grafiek extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * @param beschrijving what a screen reader says of the chart
     * @param reeksen      the series; a {@code null} value is not drawn (a line breaks there)
     * @param maximum      the top of the value axis, or {@code null}
     * @param lijnen       reference lines, such as an ambition
     * @param soort        {@code "staaf"}: bars, stacked or side by side; {@code "lijn"}: lines whose points differ in shape per series
     * @param gestapeld    bars stacked to one bar per label, or side by side
     */
    public record Gegevens(String beschrijving, List<String> labels, List<Reeks> reeksen, String eenheid, Integer maximum,
                           List<Lijn> lijnen, String soort, boolean gestapeld) {

        /** Stacked bars, as a level distribution is drawn. */
        public Gegevens(String beschrijving, List<String> labels, List<Reeks> reeksen, String eenheid, Integer maximum, List<Lijn> lijnen) {
            this(beschrijving, labels, reeksen, eenheid, maximum, lijnen, "staaf", true);
        }
    }

    public record Reeks(String label, List<Double> waarden, String kleur) {
    }

    /** A horizontal line; {@code xMin} and {@code xMax} (category positions) limit it to part of the chart. */
    public record Lijn(double waarde, String label, Double xMin, Double xMax) {
    }

    private Gegevens gegevens;

    public Grafiek() {
        setHeight("18rem");
        setWidthFull();
    }

    public void toon(Gegevens gegevens) {
        this.gegevens = gegevens;
        getElement().setAttribute("gegevens", JSON.writeValueAsString(gegevens));
    }

    public Gegevens getGegevens() {
        return gegevens;
    }
}
