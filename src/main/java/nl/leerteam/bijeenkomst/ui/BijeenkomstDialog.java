package nl.leerteam.bijeenkomst.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.security.CurrentUser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plans a meeting, or changes its plan. */
class BijeenkomstDialog extends Dialog {

    interface Opslaan {
        void opslaan(BijeenkomstFormulier formulier, boolean privacyBevestigd);
    }

    final TextField titel = new TextField();
    final Datumveld datum = new Datumveld();
    final TimePicker begintijd = new TimePicker();
    final TimePicker eindtijd = new TimePicker();
    final TextField plaats = new TextField();
    final TextField onlineLink = new TextField();
    final ComboBox<Persoon> voorzitter = new ComboBox<>();
    final ComboBox<Persoon> notulist = new ComboBox<>();
    final Button opslaan = new Button();
    private final Long version;

    BijeenkomstDialog(BijeenkomstFormulier bestaand, List<Persoon> leden, Opslaan actie, Runnable opgeslagen) {
        this.version = bestaand == null ? null : bestaand.version();
        setHeaderTitle(getTranslation(bestaand == null ? "bijeenkomst.plannen" : "bijeenkomst.wijzigen"));
        Map<String, HasValidation> velden = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        veld(velden, labels, "titel", titel, "bijeenkomst.titel");
        titel.setMaxLength(BijeenkomstService.MAX_TITEL);
        veld(velden, labels, "datum", datum, "bijeenkomst.datum");
        veld(velden, labels, "begintijd", begintijd, "bijeenkomst.begintijd");
        veld(velden, labels, "eindtijd", eindtijd, "bijeenkomst.eindtijd");
        veld(velden, labels, "plaats", plaats, "bijeenkomst.plaats");
        plaats.setMaxLength(BijeenkomstService.MAX_PLAATS);
        veld(velden, labels, "onlineLink", onlineLink, "bijeenkomst.online-link");
        onlineLink.setMaxLength(BijeenkomstService.MAX_LINK);
        onlineLink.setPlaceholder("https://");
        // The rule is told before anyone saves, not only as a refusal afterwards.
        plaats.setHelperText(getTranslation("bijeenkomst.plaats-of-link"));
        onlineLink.setHelperText(getTranslation("bijeenkomst.plaats-of-link"));
        veld(velden, labels, "voorzitter", voorzitter, "bijeenkomst.voorzitter");
        veld(velden, labels, "notulist", notulist, "bijeenkomst.notulist");
        for (ComboBox<Persoon> keuze : List.of(voorzitter, notulist)) {
            keuze.setItems(leden);
            keuze.setItemLabelGenerator(Persoon::naam);
        }
        begintijd.setStep(java.time.Duration.ofMinutes(15));
        eindtijd.setStep(java.time.Duration.ofMinutes(15));
        begintijd.addValueChangeListener(e -> eindtijd.setMin(e.getValue() == null ? null : e.getValue().plusMinutes(15)));
        if (bestaand == null) {
            UUID ik = CurrentUser.require().gebruikerId();
            Persoon mij = leden.stream().filter(p -> p.id().equals(ik)).findFirst().orElse(null);
            titel.setValue(getTranslation("bijeenkomst.standaard-titel"));
            datum.setValue(Datumveld.schooldagVanaf(LocalDate.now().plusWeeks(1)));
            begintijd.setValue(LocalTime.of(15, 15));
            eindtijd.setValue(LocalTime.of(16, 30));
            voorzitter.setValue(mij);
            notulist.setValue(mij);
        } else {
            titel.setValue(bestaand.titel());
            datum.setValue(bestaand.datum());
            begintijd.setValue(bestaand.begintijd());
            eindtijd.setValue(bestaand.eindtijd());
            plaats.setValue(bestaand.plaats() == null ? "" : bestaand.plaats());
            onlineLink.setValue(bestaand.onlineLink() == null ? "" : bestaand.onlineLink());
            leden.stream().filter(p -> p.id().equals(bestaand.voorzitterId())).findFirst().ifPresent(voorzitter::setValue);
            leden.stream().filter(p -> p.id().equals(bestaand.notulistId())).findFirst().ifPresent(notulist::setValue);
        }
        FormLayout form = new FormLayout(titel, datum, begintijd, eindtijd, plaats, onlineLink, voorzitter, notulist);
        form.setColspan(titel, 2);
        add(form);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("bijeenkomst-opslaan");
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, labels,
                bevestigd -> actie.opslaan(formulier(), bevestigd), () -> {
                    close();
                    opgeslagen.run();
                }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(40rem, 95vw)");
    }

    BijeenkomstFormulier formulier() {
        return new BijeenkomstFormulier(titel.getValue(), datum.getValue(), begintijd.getValue(), eindtijd.getValue(),
                plaats.getValue(), onlineLink.getValue(), voorzitter.getValue() == null ? null : voorzitter.getValue().id(),
                notulist.getValue() == null ? null : notulist.getValue().id(), version);
    }

    private void veld(Map<String, HasValidation> velden, Map<String, String> labels, String naam,
                      com.vaadin.flow.component.HasLabel veld, String key) {
        veld.setLabel(getTranslation(key));
        labels.put(naam, getTranslation(key));
        velden.put(naam, (HasValidation) veld);
    }
}
