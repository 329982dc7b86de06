package nl.leerteam.trends.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Datumveld;
import nl.leerteam.trends.Aanbieder;
import nl.leerteam.trends.Groepsoverzicht;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Schaal;
import nl.leerteam.trends.Vak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * How a group overview's columns map onto Leerteam's format, and what holds for the whole file (the test,
 * the moment): filled in with what the school used last time, and with columns whose names match.
 */
final class IndelingFormulier extends Div {

    final Grid<List<String>> voorbeeld = new Grid<>();
    final Select<String> groep;
    final Select<String> aantal;
    final Select<String> gemiddelde;
    final Checkbox percentages = new Checkbox();
    final Select<Schaal> schaal = new Select<>();
    final Div niveauKolommen = new Div();
    final List<Select<String>> niveaus = new ArrayList<>();
    final Select<Schooljaar> schooljaar = new Select<>();
    final Select<Meetmoment> meetmoment = new Select<>();
    final Datumveld afnamedatum = new Datumveld();
    final Select<Vak> vak = new Select<>();
    final Select<Aanbieder> aanbieder = new Select<>();
    final TextField toets = new TextField();
    final Button proef = new Button();
    private final List<String> koppen;

    IndelingFormulier(Groepsoverzicht overzicht, Runnable proefimport) {
        this.koppen = overzicht.koppen();
        groep = kolom("trends.groeps.groep", false);
        aantal = kolom("trends.groeps.aantal", true);
        gemiddelde = kolom("trends.groeps.gemiddelde", true);
        add(new H4(getTranslation("trends.groeps.titel")), new Paragraph(getTranslation("trends.groeps.uitleg")));
        for (int k = 0; k < koppen.size(); k++) {
            int index = k;
            voorbeeld.addColumn(rij -> index < rij.size() ? rij.get(index) : "").setHeader(koppen.get(k)).setAutoWidth(true);
        }
        voorbeeld.setItems(overzicht.voorbeeld());
        voorbeeld.setAllRowsVisible(true);
        voorbeeld.addThemeVariants(GridVariant.LUMO_COMPACT);
        voorbeeld.getElement().setAttribute("aria-label", getTranslation("trends.groeps.voorbeeld"));
        Schooljaar nu = Schooljaar.van(LocalDate.now(Tijdzone.SCHOOL));
        schooljaar.setLabel(getTranslation("trends.schooljaar"));
        schooljaar.setItems(IntStream.range(0, 6).mapToObj(i -> new Schooljaar(nu.beginjaar() - i)).toList());
        schooljaar.setItemLabelGenerator(Schooljaar::toString);
        schooljaar.setValue(nu);
        meetmoment.setLabel(getTranslation("trends.kolom.moment"));
        meetmoment.setItems(Meetmoment.values());
        meetmoment.setItemLabelGenerator(m -> getTranslation("trends.moment." + m.name().toLowerCase(Locale.ROOT)));
        afnamedatum.setLabel(getTranslation("trends.groeps.afnamedatum"));
        vak.setLabel(getTranslation("trends.ambities.vak"));
        vak.setItems(Vak.values());
        vak.setItemLabelGenerator(v -> getTranslation("trends.vak." + v.code()));
        aanbieder.setLabel(getTranslation("trends.groeps.aanbieder"));
        aanbieder.setItems(Aanbieder.values());
        aanbieder.setItemLabelGenerator(a -> getTranslation("trends.aanbieder." + a.code()));
        toets.setLabel(getTranslation("trends.kolom.toets"));
        toets.setMaxLength(100);
        schaal.setLabel(getTranslation("trends.groeps.schaal-veld"));
        schaal.setItems(Schaal.IV, Schaal.AE, Schaal.REF);
        schaal.setItemLabelGenerator(s -> String.join(" ", s.niveaus()));
        schaal.addValueChangeListener(e -> niveauVelden(e.getValue()));
        percentages.setLabel(getTranslation("trends.groeps.percentages"));
        Div toetsVelden = new Div(schooljaar, meetmoment, afnamedatum, vak, aanbieder, toets);
        toetsVelden.addClassName("lt-invoer");
        Div kolomVelden = new Div(groep, aantal, gemiddelde, schaal, percentages);
        kolomVelden.addClassName("lt-invoer");
        niveauKolommen.addClassName("lt-invoer");
        proef.setText(getTranslation("trends.groeps.proef"));
        proef.setId("groeps-proef");
        proef.addClickListener(e -> proefimport.run());
        add(voorbeeld, toetsVelden, kolomVelden, niveauKolommen, proef);
        vulIn(overzicht.indeling());
    }

    /** The mapping as the form holds it; the service checks it. */
    Groepsoverzicht.Indeling indeling() {
        return new Groepsoverzicht.Indeling(groep.getValue(), aantal.getValue(), gemiddelde.getValue(),
                niveaus.stream().map(Select::getValue).toList(), percentages.getValue(), schooljaar.getValue(), meetmoment.getValue(),
                afnamedatum.getValue(), vak.getValue(), aanbieder.getValue(), toets.getValue(), schaal.getValue());
    }

    Map<String, HasValidation> velden() {
        Map<String, HasValidation> velden = new HashMap<>(Map.of("groep", groep, "aantal", aantal, "schaal", schaal,
                "schooljaar", schooljaar, "meetmoment", meetmoment, "vak", vak, "aanbieder", aanbieder, "toets", toets));
        if (!niveaus.isEmpty()) {
            velden.put("niveaus", niveaus.getFirst());
        }
        return velden;
    }

    /** What the school used last time, and otherwise columns whose names say what they hold. */
    private void vulIn(Groepsoverzicht.Indeling vorig) {
        if (vorig != null) {
            groep.setValue(bestaand(vorig.groep()));
            aantal.setValue(bestaand(vorig.aantal()));
            gemiddelde.setValue(bestaand(vorig.gemiddelde()));
            percentages.setValue(vorig.percentages());
            vak.setValue(vorig.vak());
            aanbieder.setValue(vorig.aanbieder());
            toets.setValue(vorig.toets() == null ? "" : vorig.toets());
            schaal.setValue(vorig.schaal());
            for (int i = 0; i < niveaus.size() && i < vorig.niveaus().size(); i++) {
                niveaus.get(i).setValue(bestaand(vorig.niveaus().get(i)));
            }
            return;
        }
        groep.setValue(gelijk("groep", "klas", "groepsnaam"));
        aantal.setValue(gelijk("aantal", "n", "aantal leerlingen", "leerlingen"));
        gemiddelde.setValue(gelijk("gemiddelde", "gem", "gem. vaardigheid", "vaardigheidsscore"));
        schaal.setValue(gelijk("iv") != null || gelijk("v") != null ? Schaal.IV : gelijk("e") != null ? Schaal.AE : Schaal.IV);
    }

    private void niveauVelden(Schaal gekozen) {
        niveauKolommen.removeAll();
        niveaus.clear();
        if (gekozen == null) {
            return;
        }
        for (String niveau : gekozen.niveaus()) {
            Select<String> veld = kolom("trends.groeps.niveau", false);
            veld.setLabel(getTranslation("trends.groeps.niveau", niveau));
            veld.setValue(gelijk(niveau.toLowerCase(Locale.ROOT), "n_" + niveau.toLowerCase(Locale.ROOT), niveau.toLowerCase(Locale.ROOT) + "%",
                    "% " + niveau.toLowerCase(Locale.ROOT)));
            niveaus.add(veld);
            niveauKolommen.add(veld);
        }
    }

    private Select<String> kolom(String label, boolean optioneel) {
        Select<String> veld = new Select<>();
        veld.setLabel(getTranslation(label));
        veld.setItems(koppen);
        if (optioneel) {
            veld.setEmptySelectionAllowed(true);
            veld.setEmptySelectionCaption(getTranslation("trends.groeps.geen-kolom"));
        }
        return veld;
    }

    private String bestaand(String kop) {
        return kop != null && koppen.contains(kop) ? kop : null;
    }

    private String gelijk(String... namen) {
        for (String naam : namen) {
            for (String kop : koppen) {
                if (kop.trim().equalsIgnoreCase(naam)) {
                    return kop;
                }
            }
        }
        return null;
    }
}
