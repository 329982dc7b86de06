package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.trends.InterventieResultaat;
import nl.leerteam.trends.TrendgesprekPagina.Interventie;
import nl.leerteam.trends.TrendgesprekService;

import java.util.Locale;
import java.util.Map;

/** A leader records how an intervention went, and what was seen in the results and the classrooms. */
final class InterventieEvaluatieDialog extends Dialog {

    final RadioButtonGroup<InterventieResultaat> resultaat = new RadioButtonGroup<>();
    final TextArea evaluatie = new TextArea();
    final Button opslaan = new Button();

    InterventieEvaluatieDialog(Interventie interventie, GesprekActies acties) {
        setHeaderTitle(getTranslation("trends.gesprek.evalueren"));
        resultaat.setLabel(getTranslation("trends.gesprek.resultaat"));
        resultaat.setItems(InterventieResultaat.values());
        resultaat.setItemLabelGenerator(r -> getTranslation("trends.interventie." + r.name().toLowerCase(Locale.ROOT)));
        evaluatie.setLabel(getTranslation("trends.gesprek.wat-gezien"));
        evaluatie.setMaxLength(TrendgesprekService.MAX_EVALUATIE);
        evaluatie.setWidthFull();
        evaluatie.setId("evaluatie");
        add(new VerticalLayout(new Paragraph(interventie.wat()), resultaat, evaluatie));
        Map<String, HasValidation> velden = Map.of("resultaat", resultaat, "evaluatie", evaluatie);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("evaluatie-opslaan");
        opslaan.addClickListener(e -> acties.bewaar(this, velden, Map.of("evaluatie", evaluatie.getLabel()),
                bevestigd -> acties.service().interventieEvalueren(interventie.id(), resultaat.getValue(), evaluatie.getValue(),
                        interventie.version(), bevestigd),
                this::close));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(36rem, 95vw)");
    }
}
