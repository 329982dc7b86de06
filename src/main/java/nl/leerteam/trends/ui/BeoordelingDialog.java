package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.trends.HypotheseStatus;
import nl.leerteam.trends.TrendgesprekPagina.Hypothese;
import nl.leerteam.trends.TrendgesprekService;

import java.util.Locale;
import java.util.Map;

/** A leader decides a hypothesis: confirmed or rejected, and the evidence in the results or the classroom that decided it. */
final class BeoordelingDialog extends Dialog {

    final RadioButtonGroup<HypotheseStatus> status = new RadioButtonGroup<>();
    final TextArea bewijs = new TextArea();
    final Button opslaan = new Button();

    BeoordelingDialog(Hypothese h, GesprekActies acties) {
        setHeaderTitle(getTranslation("trends.gesprek.beoordelen"));
        status.setLabel(getTranslation("trends.gesprek.status"));
        status.setItems(HypotheseStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("trends.hypothese." + s.name().toLowerCase(Locale.ROOT)));
        status.setValue(h.status() == HypotheseStatus.OPEN ? HypotheseStatus.BEVESTIGD : h.status());
        bewijs.setLabel(getTranslation("trends.gesprek.bewijs"));
        bewijs.setHelperText(getTranslation("trends.gesprek.bewijs-uitleg"));
        bewijs.setMaxLength(TrendgesprekService.MAX_BEWIJS);
        bewijs.setValue(h.bewijs() == null ? "" : h.bewijs());
        bewijs.setWidthFull();
        bewijs.setId("bewijs");
        add(new VerticalLayout(new Paragraph(h.tekst()), status, bewijs));
        Map<String, HasValidation> velden = Map.of("status", status, "bewijs", bewijs);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("bewijs-opslaan");
        opslaan.addClickListener(e -> acties.bewaar(this, velden, Map.of("bewijs", bewijs.getLabel()),
                bevestigd -> acties.service().hypotheseBeoordelen(h.id(), status.getValue(), bewijs.getValue(), h.version(), bevestigd),
                this::close));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(36rem, 95vw)");
    }
}
