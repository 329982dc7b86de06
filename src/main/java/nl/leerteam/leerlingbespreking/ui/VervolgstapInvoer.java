package nl.leerteam.leerlingbespreking.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.EscalatieStand;
import nl.leerteam.leerlingbespreking.Verwijzing;
import nl.leerteam.leerlingbespreking.Vervolgstap;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The next step the KC records for an open escalation: what, when, and where a referral goes. */
final class VervolgstapInvoer extends Div {

    final Select<Vervolgstap> vervolgstap = new Select<>();
    final Datumveld datum = new Datumveld();
    final Select<Verwijzing> verwijzing = new Select<>();
    final Button vastleggen = new Button();

    /** @param open the escalation that is open when the KC presses the button */
    VervolgstapInvoer(EscalatieService service, Supplier<EscalatieStand.Escalatie> open, Runnable gewijzigd) {
        addClassName("lt-invoer");
        vervolgstap.setLabel(getTranslation("escalatie.vervolgstap"));
        vervolgstap.setItems(Vervolgstap.values());
        vervolgstap.setItemLabelGenerator(s -> getTranslation("vervolgstap." + s.name().toLowerCase(Locale.ROOT)));
        vervolgstap.setId("vervolgstap");
        vervolgstap.addValueChangeListener(e -> verwijzing.setVisible(e.getValue() == Vervolgstap.VERWIJZING));
        datum.setLabel(getTranslation("escalatie.vervolgstap-datum"));
        datum.setId("vervolgstap-datum");
        verwijzing.setLabel(getTranslation("escalatie.verwijzing"));
        verwijzing.setHelperText(getTranslation("escalatie.verwijzing.uitleg"));
        verwijzing.setItems(Verwijzing.values());
        verwijzing.setItemLabelGenerator(v -> getTranslation("verwijzing." + v.name().toLowerCase(Locale.ROOT)));
        verwijzing.setVisible(false);
        verwijzing.setId("verwijzing");
        vastleggen.setText(getTranslation("escalatie.vastleggen"));
        vastleggen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        vastleggen.setId("vervolgstap-vastleggen");
        Map<String, HasValidation> velden = Map.of("vervolgstap", vervolgstap, "datum", datum, "verwijzing", verwijzing);
        vastleggen.addClickListener(e -> {
            if (Meldingen.opslaan(this, velden, () -> service.vervolgstap(open.get().id(), vervolgstap.getValue(),
                    datum.getValue(), verwijzing.getValue(), open.get().version()))) {
                Meldingen.succes(this, "escalatie.vastgelegd");
                gewijzigd.run();
            }
        });
        add(vervolgstap, datum, verwijzing, vastleggen);
    }
}
