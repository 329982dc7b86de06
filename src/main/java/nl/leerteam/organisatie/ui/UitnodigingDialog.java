package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.UitnodigingFormulier;
import nl.leerteam.organisatie.UitnodigingVerstuurd;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Invite a new person to a school, with their roles and leerteams. */
class UitnodigingDialog extends Dialog {

    final TextField naam = new TextField();
    final EmailField email = new EmailField();
    final CheckboxGroup<Rol> rollen = SchoolRollen.keuze();
    final MultiSelectComboBox<LeerteamSamenvatting> leerteams = new MultiSelectComboBox<>();
    final Button versturen = new Button();

    UitnodigingDialog(BeheerService beheer, UUID schoolId, List<LeerteamSamenvatting> teams,
                       Consumer<UitnodigingVerstuurd> verstuurd) {
        setHeaderTitle(getTranslation("beheer.uitnodigen.titel"));
        naam.setLabel(getTranslation("beheer.persoon.naam"));
        naam.setRequired(true);
        naam.setMaxLength(200);
        email.setLabel(getTranslation("beheer.persoon.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(320);
        rollen.setValue(Set.of(Rol.LEERKRACHT));
        leerteams.setLabel(getTranslation("beheer.uitnodigen.leerteams"));
        leerteams.setItems(teams);
        leerteams.setItemLabelGenerator(LeerteamSamenvatting::naam);
        add(new FormLayout(naam, email, rollen, leerteams));
        Map<String, HasValidation> velden = Map.of("naam", naam, "email", email, "rollen", rollen, "leerteams", leerteams);
        versturen.setText(getTranslation("beheer.uitnodigen.versturen"));
        versturen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        versturen.addClickListener(e -> {
            Meldingen.opslaan(this, velden, () -> {
                UitnodigingVerstuurd resultaat = beheer.uitnodigen(schoolId, new UitnodigingFormulier(naam.getValue(),
                        email.getValue(), rollen.getValue(),
                        leerteams.getValue().stream().map(LeerteamSamenvatting::id).collect(Collectors.toSet())));
                close();
                verstuurd.accept(resultaat);
            });
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), versturen);
    }
}
