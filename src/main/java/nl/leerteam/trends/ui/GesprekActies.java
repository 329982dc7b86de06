package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.trends.TrendgesprekPagina;
import nl.leerteam.trends.TrendgesprekService;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the parts of a trend discussion do: call the service as the reader, then show the discussion as
 * it is now, also after a refusal, since someone else may have moved on meanwhile.
 */
record GesprekActies(TrendgesprekService service, Supplier<TrendgesprekPagina> pagina, Runnable vernieuw) {

    /** A click without text: shown as a notification when refused. */
    void doe(Component context, Runnable actie) {
        Meldingen.opslaan(context, Map.of(), actie);
        vernieuw.run();
    }

    /** A save of text through the privacy check; {@code gelukt} runs before the discussion is read again. */
    void bewaar(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                Consumer<Boolean> opslaan, Runnable gelukt) {
        PrivacyOpslaan.opslaan(context, velden, labels, opslaan, () -> {
            gelukt.run();
            vernieuw.run();
        });
    }

    /** A text field with its add button: a click or Enter saves, and the field empties once saved. */
    Div invoer(Component context, TextField veld, String veldKey, String veldId, Button knop, String knopKey, Consumer<Boolean> opslaan) {
        veld.setLabel(context.getTranslation(veldKey));
        veld.setMaxLength(TrendgesprekService.MAX_BIJDRAGE);
        veld.setId(veldId);
        knop.setText(context.getTranslation(knopKey));
        knop.setIcon(VaadinIcon.PLUS.create());
        knop.setId(veldId + "-toevoegen");
        Runnable bewaar = () -> bewaar(context, Map.of("tekst", veld), Map.of("tekst", veld.getLabel()), opslaan, veld::clear);
        knop.addClickListener(e -> bewaar.run());
        veld.addKeyPressListener(Key.ENTER, e -> bewaar.run());
        Div rij = new Div(veld, knop);
        rij.addClassName("lt-invoer");
        return rij;
    }
}
