package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.leerteam.leerlingbespreking.CasusDetails;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Datumveld;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Bring a case in, or change it (its owner only). There is deliberately no field for anything that
 * identifies a pupil; the privacy check on save looks at every text.
 */
class CasusDialog extends Dialog {

    /** Saves the form; {@code true} once the writer has confirmed the privacy warnings. */
    interface Opslaan {
        CasusDetails opslaan(CasusFormulier formulier, boolean privacyBevestigd);
    }

    final TextField pseudoniem = new TextField();
    // A combo box, not a select: a required select marks its button aria-required, which a button may not carry.
    final ComboBox<Integer> groep = new ComboBox<>();
    final TextArea hulpvraag = new TextArea();
    final TextArea watZieIk = new TextArea();
    final TextArea alGeprobeerd = new TextArea();
    final TextArea watGaatGoed = new TextArea();
    final TextArea watBelemmert = new TextArea();
    final Checkbox oudersBetrokken = new Checkbox();
    final Datumveld oudersDatum = new Datumveld();
    final TextArea oudersAfspraken = new TextArea();
    final TextArea oudersWaaromNiet = new TextArea();
    final TextField tags = new TextField();
    final Button opslaan = new Button();

    private final Map<String, HasValidation> velden = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Opslaan actie;
    private final Consumer<CasusDetails> opgeslagen;
    private final Long version;

    private final String volgendPseudoniem;

    CasusDialog(String volgendPseudoniem, CasusFormulier bestaand, Opslaan actie, Consumer<CasusDetails> opgeslagen) {
        this.volgendPseudoniem = volgendPseudoniem;
        this.actie = actie;
        this.opgeslagen = opgeslagen;
        this.version = bestaand == null ? null : bestaand.version();
        setHeaderTitle(getTranslation(bestaand == null ? "casus.inbrengen" : "casus.wijzigen"));
        setWidth("min(56rem, 100vw)");
        veld("pseudoniem", pseudoniem, "casus.pseudoniem");
        pseudoniem.setMaxLength(40);
        pseudoniem.setPlaceholder(volgendPseudoniem);
        pseudoniem.setHelperText(getTranslation("casus.pseudoniem.uitleg"));
        veld("groep", groep, "casus.groep");
        groep.setItems(IntStream.rangeClosed(1, 8).boxed().toList());
        groep.setItemLabelGenerator(g -> getTranslation("casus.groep.waarde", g));
        groep.setRequiredIndicatorVisible(true);
        groep.setId("casus-groep");
        tekst("hulpvraag", hulpvraag, "casus.hulpvraag", 1000);
        hulpvraag.setRequired(true);
        hulpvraag.setHelperText(getTranslation("casus.hulpvraag.uitleg"));
        tekst("watZieIk", watZieIk, "casus.wat-zie-ik", 4000);
        tekst("alGeprobeerd", alGeprobeerd, "casus.al-geprobeerd", 4000);
        tekst("watGaatGoed", watGaatGoed, "casus.wat-gaat-goed", 4000);
        tekst("watBelemmert", watBelemmert, "casus.wat-belemmert", 4000);
        oudersBetrokken.setLabel(getTranslation("casus.ouders-betrokken"));
        veld("oudersDatum", oudersDatum, "casus.ouders-datum");
        oudersDatum.setMax(LocalDate.now());
        tekst("oudersAfspraken", oudersAfspraken, "casus.ouders-afspraken", 2000);
        tekst("oudersWaaromNiet", oudersWaaromNiet, "casus.ouders-waarom-niet", 2000);
        veld("tags", tags, "casus.tags");
        tags.setHelperText(getTranslation("casus.tags.uitleg"));
        oudersBetrokken.addValueChangeListener(e -> toonOuders(e.getValue()));
        if (bestaand != null) {
            vul(bestaand);
        }
        toonOuders(oudersBetrokken.getValue());

        FormLayout form = new FormLayout(pseudoniem, groep, hulpvraag, watZieIk, alGeprobeerd, watGaatGoed, watBelemmert,
                oudersBetrokken, oudersDatum, oudersAfspraken, oudersWaaromNiet, tags);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component breed : new Component[] {hulpvraag, watZieIk, alGeprobeerd, watGaatGoed,
                watBelemmert, oudersBetrokken, oudersAfspraken, oudersWaaromNiet, tags}) {
            form.setColspan(breed, 2);
        }
        add(form);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.addClickListener(e -> opslaan());
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }

    private void opslaan() {
        CasusDetails[] casus = new CasusDetails[1];
        // the pseudonym the case has, or will have once saved
        String alsPseudoniem = pseudoniem.getValue().isBlank() ? volgendPseudoniem : pseudoniem.getValue().strip();
        PrivacyOpslaan.opslaan(this, velden, labels, alsPseudoniem, bevestigd -> casus[0] = actie.opslaan(formulier(), bevestigd), () -> {
            close();
            opgeslagen.accept(casus[0]);
        });
    }

    CasusFormulier formulier() {
        Set<String> trefwoorden = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .collect(Collectors.toSet());
        return new CasusFormulier(pseudoniem.getValue(), groep.getValue(), hulpvraag.getValue(), watZieIk.getValue(),
                alGeprobeerd.getValue(), watGaatGoed.getValue(), watBelemmert.getValue(), oudersBetrokken.getValue(),
                oudersDatum.getValue(), oudersAfspraken.getValue(), oudersWaaromNiet.getValue(), trefwoorden, version);
    }

    private void vul(CasusFormulier inhoud) {
        pseudoniem.setValue(inhoud.pseudoniem());
        groep.setValue(inhoud.groep());
        hulpvraag.setValue(inhoud.hulpvraag());
        watZieIk.setValue(leeg(inhoud.watZieIk()));
        alGeprobeerd.setValue(leeg(inhoud.alGeprobeerd()));
        watGaatGoed.setValue(leeg(inhoud.watGaatGoed()));
        watBelemmert.setValue(leeg(inhoud.watBelemmert()));
        oudersBetrokken.setValue(inhoud.oudersBetrokken());
        oudersDatum.setValue(inhoud.oudersDatum());
        oudersAfspraken.setValue(leeg(inhoud.oudersAfspraken()));
        oudersWaaromNiet.setValue(leeg(inhoud.oudersWaaromNiet()));
        tags.setValue(String.join(", ", inhoud.tags()));
    }

    private void toonOuders(boolean betrokken) {
        oudersDatum.setVisible(betrokken);
        oudersAfspraken.setVisible(betrokken);
        oudersWaaromNiet.setVisible(!betrokken);
    }

    private void tekst(String naam, TextArea area, String labelKey, int max) {
        veld(naam, area, labelKey);
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private void veld(String naam, HasLabel veld, String labelKey) {
        veld.setLabel(getTranslation(labelKey));
        labels.put(naam, getTranslation(labelKey));
        velden.put(naam, (HasValidation) veld);
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
