package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.shared.ui.Datumveld;
import nl.leerteam.trends.InterventieInvoer;
import nl.leerteam.trends.Toetsvenster;
import nl.leerteam.trends.TrendgesprekPagina.Interventies;
import nl.leerteam.trends.TrendgesprekPagina.Kijkpunt;
import nl.leerteam.trends.TrendgesprekService;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A leader decides an intervention: what, who, from when, and its evaluation, which follows the start
 * to just after the next test window until the leader chooses another date.
 */
final class InterventieDialog extends Dialog {

    final TextArea wat = new TextArea();
    final TextField wie = new TextField();
    final Datumveld vanaf = new Datumveld();
    final Datumveld evaluatieOp = new Datumveld();
    final MultiSelectComboBox<Kijkpunt> criteria = new MultiSelectComboBox<>();
    final Button opslaan = new Button();
    private boolean evaluatieGekozen;

    InterventieDialog(Interventies interventies, GesprekActies acties) {
        setHeaderTitle(getTranslation("trends.gesprek.interventie-nieuw"));
        wat.setLabel(getTranslation("trends.gesprek.interventie-wat"));
        wat.setMaxLength(TrendgesprekService.MAX_WAT);
        wat.setWidthFull();
        wat.setId("interventie-wat");
        wie.setLabel(getTranslation("trends.gesprek.interventie-wie"));
        wie.setHelperText(getTranslation("trends.gesprek.interventie-wie-uitleg"));
        wie.setMaxLength(TrendgesprekService.MAX_WIE);
        wie.setWidthFull();
        wie.setId("interventie-wie");
        vanaf.setLabel(getTranslation("trends.gesprek.interventie-vanaf"));
        vanaf.setValue(interventies.standaardVanaf());
        vanaf.setId("interventie-vanaf");
        evaluatieOp.setLabel(getTranslation("trends.gesprek.interventie-evaluatie"));
        evaluatieOp.setHelperText(getTranslation("trends.gesprek.interventie-evaluatie-uitleg"));
        evaluatieOp.setValue(interventies.standaardEvaluatie());
        evaluatieOp.setId("interventie-evaluatie");
        vanaf.addValueChangeListener(e -> {
            if (!evaluatieGekozen && e.getValue() != null) {
                evaluatieOp.setValue(Toetsvenster.evaluatieNa(e.getValue()));
            }
        });
        evaluatieOp.addValueChangeListener(e -> evaluatieGekozen |= e.isFromClient());
        criteria.setLabel(getTranslation("trends.gesprek.interventie-kijkpunten"));
        criteria.setHelperText(getTranslation("trends.gesprek.interventie-kijkpunten-uitleg", TrendgesprekService.MAX_CRITERIA));
        criteria.setItems(interventies.criteria());
        criteria.setItemLabelGenerator(k -> k.kijkwijzer() + ": " + k.tekst());
        criteria.setWidthFull();
        criteria.setVisible(!interventies.criteria().isEmpty());
        criteria.setId("interventie-kijkpunten");
        add(new VerticalLayout(wat, wie, vanaf, evaluatieOp, criteria));
        Map<String, HasValidation> velden = Map.of("wat", wat, "wie", wie, "vanaf", vanaf, "evaluatieOp", evaluatieOp,
                "criteria", criteria);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("wat", wat.getLabel());
        labels.put("wie", wie.getLabel());
        opslaan.setText(getTranslation("trends.gesprek.interventie-opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("interventie-opslaan");
        opslaan.addClickListener(e -> acties.bewaar(this, velden, labels,
                bevestigd -> acties.service().interventieToevoegen(acties.pagina().get().id(), new InterventieInvoer(wat.getValue(),
                        wie.getValue(), vanaf.getValue(), evaluatieOp.getValue(),
                        criteria.getValue().stream().map(Kijkpunt::id).toList()), bevestigd),
                this::close));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(40rem, 95vw)");
    }
}
