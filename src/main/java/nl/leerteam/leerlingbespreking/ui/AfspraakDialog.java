package nl.leerteam.leerlingbespreking.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;

import java.time.LocalDate;
import java.util.Map;

/** The owner turns an idea into an agreement and says when they will look back at it. */
class AfspraakDialog extends Dialog {

    /** Six weeks: a common rhythm for evaluating a pupil approach. */
    static final int STANDAARD_WEKEN = 6;

    interface Maken {
        void maak(String tekst, LocalDate evaluatiedatum, boolean privacyBevestigd);
    }

    final TextArea tekst = new TextArea();
    final Datumveld evaluatiedatum = new Datumveld();
    final Button opslaan = new Button();

    /** @param pseudoniem the case's pseudonym, offered in place of a name the privacy check finds */
    AfspraakDialog(String voorstel, String pseudoniem, Maken maken, Runnable gemaakt) {
        setHeaderTitle(getTranslation("afspraak.nieuw"));
        tekst.setLabel(getTranslation("afspraak.tekst"));
        tekst.setMaxLength(BesprekingService.MAX_BIJDRAGE);
        tekst.setValue(voorstel == null ? "" : voorstel);
        tekst.setWidthFull();
        tekst.setId("afspraak-tekst");
        evaluatiedatum.setLabel(getTranslation("afspraak.evaluatiedatum"));
        evaluatiedatum.setValue(LocalDate.now().plusWeeks(STANDAARD_WEKEN));
        evaluatiedatum.setMin(LocalDate.now());
        evaluatiedatum.setId("afspraak-datum");
        add(new VerticalLayout(tekst, evaluatiedatum));
        Map<String, HasValidation> velden = Map.of("tekst", tekst, "evaluatiedatum", evaluatiedatum);
        opslaan.setText(getTranslation("afspraak.maken"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("afspraak-opslaan");
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, Map.of("tekst", tekst.getLabel()), pseudoniem,
                bevestigd -> maken.maak(tekst.getValue(), evaluatiedatum.getValue(), bevestigd), () -> {
                    close();
                    gemaakt.run();
                }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(36rem, 95vw)");
    }
}
