package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.UitnodigingVerstuurd;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * Makes someone a board administrator by name and address: a person of the board with that address gets the role at
 * once, anyone else an invitation link. Used by the board's own administrators and by the installation's.
 */
final class BestuurderDialog extends Dialog {

    final TextField naam = new TextField();
    final EmailField email = new EmailField();
    final Button opslaan = new Button();

    /** @param toevoegen the service call with name and address; {@code null} back when the person got the role at once */
    BestuurderDialog(BiFunction<String, String, UitnodigingVerstuurd> toevoegen, Runnable gelukt) {
        setHeaderTitle(getTranslation("beheer.bestuurders.toevoegen"));
        naam.setLabel(getTranslation("beheer.persoon.naam"));
        naam.setRequired(true);
        naam.setMaxLength(200);
        email.setLabel(getTranslation("beheer.persoon.email"));
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("beheer.bestuurders.email-uitleg"));
        add(new FormLayout(naam, email));
        Map<String, HasValidation> velden = Map.of("naam", naam, "email", email);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("bestuurder-opslaan");
        opslaan.addClickListener(e -> Meldingen.opslaan(this, velden, () -> {
            UitnodigingVerstuurd uitnodiging = toevoegen.apply(naam.getValue(), email.getValue());
            close();
            gelukt.run();
            if (uitnodiging == null) {
                Meldingen.succes(this, "beheer.bestuurders.toegevoegd", email.getValue());
            } else {
                new UitnodigingLinkDialog(uitnodiging).open();
            }
        }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }
}
