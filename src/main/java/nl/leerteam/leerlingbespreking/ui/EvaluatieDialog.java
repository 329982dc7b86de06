package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.EvaluatieResultaat;
import nl.leerteam.privacy.ui.PrivacyOpslaan;

import java.util.Locale;
import java.util.Map;

/** On the evaluation date the owner records how an agreement worked out. */
class EvaluatieDialog extends Dialog {

    final RadioButtonGroup<EvaluatieResultaat> resultaat = new RadioButtonGroup<>();
    final TextArea toelichting = new TextArea();
    final Button opslaan = new Button();

    /** @param pseudoniem the case's pseudonym, offered in place of a name the privacy check finds */
    EvaluatieDialog(BesprekingPagina.AfspraakRegel afspraak, String pseudoniem, BesprekingService service, Runnable opgeslagen) {
        setHeaderTitle(getTranslation("evaluatie.titel"));
        resultaat.setLabel(getTranslation("evaluatie.resultaat"));
        resultaat.setItems(EvaluatieResultaat.values());
        resultaat.setItemLabelGenerator(r -> getTranslation("afspraak.resultaat." + r.name().toLowerCase(Locale.ROOT)));
        resultaat.setValue(afspraak.resultaat());
        resultaat.setId("evaluatie-resultaat");
        toelichting.setLabel(getTranslation("evaluatie.toelichting"));
        toelichting.setMaxLength(BesprekingService.MAX_ANTWOORD);
        toelichting.setValue(afspraak.evaluatie() == null ? "" : afspraak.evaluatie());
        toelichting.setWidthFull();
        toelichting.setId("evaluatie-toelichting");
        add(new VerticalLayout(new Paragraph(afspraak.tekst()), resultaat, toelichting));
        Map<String, HasValidation> velden = Map.of("resultaat", resultaat, "evaluatie", toelichting);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("evaluatie-opslaan");
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, Map.of("evaluatie", toelichting.getLabel()), pseudoniem,
                bevestigd -> service.evalueren(afspraak.id(), resultaat.getValue(), toelichting.getValue(),
                        afspraak.version(), bevestigd), () -> {
                    close();
                    opgeslagen.run();
                }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(36rem, 95vw)");
    }
}
