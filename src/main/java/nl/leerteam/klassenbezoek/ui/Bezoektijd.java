package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.timepicker.TimePicker;

import nl.leerteam.klassenbezoek.Bezoekmoment;

import java.time.Duration;

/** The time of day a visit starts: optional, in quarters of an hour, within school hours (the service holds the same bounds). */
final class Bezoektijd {

    private Bezoektijd() {
    }

    static TimePicker veld() {
        TimePicker tijd = new TimePicker(UI.getCurrent().getTranslation("bezoek.tijd"));
        tijd.setHelperText(UI.getCurrent().getTranslation("bezoek.tijd.uitleg"));
        tijd.setStep(Duration.ofMinutes(15));
        tijd.setMin(Bezoekmoment.VROEGST);
        tijd.setMax(Bezoekmoment.LAATST);
        tijd.setClearButtonVisible(true);
        tijd.setId("bezoek-tijd");
        return tijd;
    }
}
