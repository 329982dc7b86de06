package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.SchoolFormulier;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.function.Consumer;

/** Add a school to the board, or change its name, BRIN code or town. */
class SchoolDialog extends Dialog {

    final TextField naam = new TextField();
    final TextField brin = new TextField();
    final TextField plaats = new TextField();
    final Button opslaan = new Button();

    SchoolDialog(BeheerService beheer, SchoolSamenvatting bestaand, Consumer<SchoolSamenvatting> opgeslagen) {
        setHeaderTitle(getTranslation(bestaand == null ? "beheer.school.nieuw" : "beheer.school.wijzigen"));
        naam.setLabel(getTranslation("beheer.school.naam"));
        naam.setRequired(true);
        naam.setMaxLength(200);
        brin.setLabel(getTranslation("beheer.school.brin"));
        brin.setHelperText(getTranslation("beheer.school.brin-uitleg"));
        brin.setRequired(true);
        brin.setMaxLength(4);
        plaats.setLabel(getTranslation("beheer.school.plaats"));
        plaats.setMaxLength(100);
        if (bestaand != null) {
            naam.setValue(bestaand.naam());
            brin.setValue(bestaand.brin());
            plaats.setValue(bestaand.plaats() == null ? "" : bestaand.plaats());
        }
        add(new FormLayout(naam, brin, plaats));
        Map<String, HasValidation> velden = Map.of("naam", naam, "brin", brin, "plaats", plaats);
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.addClickListener(e -> {
            Meldingen.opslaan(this, velden, () -> {
                SchoolSamenvatting school = beheer.schoolOpslaan(new SchoolFormulier(bestaand == null ? null : bestaand.id(),
                        naam.getValue(), brin.getValue(), plaats.getValue(), bestaand == null ? null : bestaand.version()));
                close();
                opgeslagen.accept(school);
            });
        });
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
    }
}
