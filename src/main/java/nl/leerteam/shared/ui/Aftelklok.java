package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import java.time.Duration;

/**
 * A countdown that ticks in the browser: the server only says how much time was left when it
 * rendered, so a running timer costs no server pushes. Shows minus and turns red when time is up.
 */
@Tag("lt-aftelklok")
@JsModule("./components/lt-aftelklok.js")
public class Aftelklok extends Component {

    private Duration resterend = Duration.ZERO;

    public void zet(Duration resterend, boolean loopt) {
        this.resterend = resterend;
        getElement().setAttribute("resterend", String.valueOf(resterend.toMillis()));
        getElement().setAttribute("gestopt", !loopt);
    }

    public Duration getResterend() {
        return resterend;
    }
}
