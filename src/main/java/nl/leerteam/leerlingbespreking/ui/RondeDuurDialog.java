package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.ui.Meldingen;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A leerteam sets how many minutes each round of the format takes. */
class RondeDuurDialog extends Dialog {

    final Map<Ronde, IntegerField> minuten = new EnumMap<>(Ronde.class);
    final Button opslaan = new Button();

    RondeDuurDialog(UUID leerteamId, BesprekingService service) {
        setHeaderTitle(getTranslation("format.titel"));
        add(new Paragraph(getTranslation("format.uitleg")));
        FormLayout form = new FormLayout();
        Map<String, HasValidation> velden = new LinkedHashMap<>();
        service.rondeMinuten(leerteamId).forEach((ronde, waarde) -> {
            IntegerField veld = new IntegerField(getTranslation(Bijdragen.rondeKey(ronde)));
            veld.setMin(1);
            veld.setMax(60);
            veld.setStepButtonsVisible(true);
            veld.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("format.min")));
            veld.setValue(waarde);
            veld.setId("minuten-" + ronde.name().toLowerCase(java.util.Locale.ROOT));
            minuten.put(ronde, veld);
            velden.put(ronde.name(), veld);
            form.add(veld);
        });
        add(form);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("format-opslaan");
        opslaan.addClickListener(e -> {
            Map<Ronde, Integer> waarden = new EnumMap<>(Ronde.class);
            minuten.forEach((ronde, veld) -> waarden.put(ronde, veld.getValue()));
            if (Meldingen.opslaan(this, velden, () -> service.rondeMinutenInstellen(leerteamId, waarden))) {
                close();
                Meldingen.succes(this, "format.opgeslagen");
            }
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(36rem, 95vw)");
    }
}
