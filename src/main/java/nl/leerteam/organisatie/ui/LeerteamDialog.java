package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.LeerteamFormulier;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Add a leerteam to a school, or change its name, description and members. */
class LeerteamDialog extends Dialog {

    final TextField naam = new TextField();
    final TextArea omschrijving = new TextArea();
    final MultiSelectComboBox<PersoonSamenvatting> leden = new MultiSelectComboBox<>();
    final Button opslaan = new Button();

    LeerteamDialog(BeheerService beheer, UUID schoolId, LeerteamSamenvatting bestaand, List<PersoonSamenvatting> mensen,
                    Consumer<LeerteamSamenvatting> opgeslagen) {
        setHeaderTitle(getTranslation(bestaand == null ? "beheer.leerteam.nieuw" : "beheer.leerteam.wijzigen"));
        naam.setLabel(getTranslation("beheer.leerteam.naam"));
        naam.setRequired(true);
        naam.setMaxLength(100);
        omschrijving.setLabel(getTranslation("beheer.leerteam.omschrijving"));
        omschrijving.setMaxLength(500);
        leden.setLabel(getTranslation("beheer.leerteam.leden"));
        leden.setItems(mensen);
        leden.setItemLabelGenerator(PersoonSamenvatting::naam);
        if (bestaand != null) {
            naam.setValue(bestaand.naam());
            omschrijving.setValue(bestaand.omschrijving() == null ? "" : bestaand.omschrijving());
            leden.setValue(mensen.stream().filter(p -> bestaand.heeftLid(p.id())).collect(Collectors.toSet()));
        }
        add(new FormLayout(naam, omschrijving, leden));
        Map<String, HasValidation> velden = Map.of("naam", naam, "omschrijving", omschrijving, "leden", leden);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.addClickListener(e -> {
            Meldingen.opslaan(this, velden, () -> {
                LeerteamSamenvatting leerteam = beheer.leerteamOpslaan(schoolId, new LeerteamFormulier(
                        bestaand == null ? null : bestaand.id(), naam.getValue(), omschrijving.getValue(),
                        leden.getValue().stream().map(PersoonSamenvatting::id).collect(Collectors.toSet()),
                        bestaand == null ? null : bestaand.version()));
                close();
                opgeslagen.accept(leerteam);
            });
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }
}
