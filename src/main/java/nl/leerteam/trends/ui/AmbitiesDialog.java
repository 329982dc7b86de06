package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.trends.Ambitie;
import nl.leerteam.trends.AmbitieService;
import nl.leerteam.trends.Maat;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.Vak;

import java.util.Locale;
import java.util.Map;

/**
 * The school's ambitions and the inspectie's signaleringswaarden, set by its KCs and director: each a
 * measure, a threshold and the jaargroepen it holds for; they are drawn as lines on the charts.
 */
class AmbitiesDialog extends Dialog {

    private final AmbitieService service;
    private final TrendSchool school;
    private final Runnable gewijzigd;

    final Grid<Ambitie> lijst = new Grid<>();
    final Select<Ambitie.Soort> soort = new Select<>();
    final Select<Vak> vak = new Select<>();
    final Select<Maat> maat = new Select<>();
    final IntegerField drempel = new IntegerField();
    final IntegerField groepVan = new IntegerField();
    final IntegerField groepTot = new IntegerField();
    final Button opslaan = new Button();

    AmbitiesDialog(AmbitieService service, TrendSchool school, Runnable gewijzigd) {
        this.service = service;
        this.school = school;
        this.gewijzigd = gewijzigd;
        setHeaderTitle(getTranslation("trends.ambities.titel", school.naam()));
        setWidth("min(56rem, 95vw)");

        lijst.setId("ambities");
        lijst.addColumn(a -> getTranslation("trends.vak." + a.vak().code())).setHeader(getTranslation("trends.ambities.vak"));
        lijst.addColumn(a -> AmbitieTekst.kort(this, a)).setHeader(getTranslation("trends.kolom.ambitie")).setFlexGrow(3);
        lijst.addComponentColumn(a -> {
            Button weg = new Button(VaadinIcon.TRASH.create(), e -> Meldingen.opslaan(this, Map.of(), () -> {
                service.verwijderen(school.schoolId(), a.id(), a.version());
                laad();
            }));
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            weg.setAriaLabel(getTranslation("trends.ambities.verwijderen", AmbitieTekst.kort(this, a)));
            return weg;
        }).setAutoWidth(true).setFlexGrow(0);
        lijst.setAllRowsVisible(true);

        soort.setLabel(getTranslation("trends.ambities.soort"));
        soort.setItems(Ambitie.Soort.values());
        soort.setItemLabelGenerator(s -> getTranslation("trends.ambities.soort." + s.name().toLowerCase(Locale.ROOT)));
        soort.setValue(Ambitie.Soort.AMBITIE);
        soort.addValueChangeListener(e -> {
            if (e.getValue() == Ambitie.Soort.SIGNALERINGSWAARDE) {
                // the inspectie's 1F value is the same for every school; the 1S/2F value depends on the schoolweging
                maat.setValue(Maat.REF_1F);
                drempel.setValue(85);
                groepVan.setValue(8);
                groepTot.setValue(8);
            }
        });
        vak.setLabel(getTranslation("trends.ambities.vak"));
        vak.setItems(Vak.values());
        vak.setItemLabelGenerator(v -> getTranslation("trends.vak." + v.code()));
        vak.setValue(Vak.BEGRIJPEND_LEZEN);
        maat.setLabel(getTranslation("trends.ambities.maat"));
        maat.setItems(Maat.values());
        maat.setItemLabelGenerator(m -> getTranslation("trends.maat." + m.name().toLowerCase(Locale.ROOT)));
        maat.setValue(Maat.BOVEN_MIDDEN);
        drempel.setLabel(getTranslation("trends.ambities.drempel"));
        drempel.setMin(0);
        drempel.setMax(100);
        drempel.setSuffixComponent(new Div("%"));
        drempel.setValue(75);
        groepVan.setLabel(getTranslation("trends.ambities.groep-van"));
        groepVan.setMin(1);
        groepVan.setMax(8);
        groepVan.setValue(4);
        groepTot.setLabel(getTranslation("trends.ambities.groep-tot"));
        groepTot.setMin(1);
        groepTot.setMax(8);
        groepTot.setValue(8);
        opslaan.setText(getTranslation("trends.ambities.toevoegen"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("ambitie-toevoegen");
        Map<String, HasValidation> velden = Map.of("soort", soort, "vak", vak, "maat", maat, "drempel", drempel,
                "groepTot", groepTot);
        opslaan.addClickListener(e -> Meldingen.opslaan(this, velden, () -> {
            service.opslaan(school.schoolId(), new Ambitie(null, soort.getValue(), vak.getValue(), maat.getValue(),
                    drempel.getValue() == null ? -1 : drempel.getValue(), groepVan.getValue() == null ? 0 : groepVan.getValue(),
                    groepTot.getValue() == null ? 0 : groepTot.getValue(), null));
            laad();
        }));
        Div formulier = new Div(soort, vak, maat, drempel, groepVan, groepTot, opslaan);
        formulier.addClassName("lt-invoer");
        add(lijst, formulier);
        getFooter().add(new Button(getTranslation("actie.sluiten"), e -> close()));
        laad();
    }

    private void laad() {
        lijst.setItems(service.ambities(school.schoolId()));
        gewijzigd.run();
    }
}
