package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.UUID;

/** A person's roles at one school. Without any role they leave the school (and its leerteams). */
class RollenDialog extends Dialog {

    final CheckboxGroup<Rol> rollen = SchoolRollen.keuze();
    final Button opslaan = new Button();

    RollenDialog(BeheerService beheer, UUID schoolId, PersoonSamenvatting persoon, Runnable opgeslagen) {
        setHeaderTitle(getTranslation("beheer.rollen.titel", persoon.naam()));
        rollen.setValue(persoon.rollen());
        rollen.setHelperText(getTranslation("beheer.rollen.uitleg"));
        if (CurrentUser.find().filter(ik -> ik.gebruikerId().equals(persoon.id())).isPresent()) {
            // the server refuses it too; here the boxes say so before anyone tries
            rollen.setItemEnabledProvider(persoon.rollen()::contains);
            rollen.setHelperText(getTranslation("beheer.rollen.eigen"));
        }
        add(rollen);
        Map<String, HasValidation> velden = Map.of("rollen", rollen);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.addClickListener(e -> {
            Meldingen.opslaan(this, velden, () -> {
                beheer.rollenInstellen(schoolId, persoon.id(), rollen.getValue());
                close();
                opgeslagen.run();
            });
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }
}
