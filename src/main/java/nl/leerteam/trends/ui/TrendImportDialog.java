package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.ui.BegrensdeUpload;
import nl.leerteam.shared.ui.Meldingen;
import com.vaadin.flow.component.html.Div;
import nl.leerteam.trends.Groepsoverzicht;
import nl.leerteam.trends.ImportMelding;
import nl.leerteam.trends.ImportResultaat;
import nl.leerteam.trends.ImportVoorbeeld;
import nl.leerteam.trends.TrendImportService;
import nl.leerteam.trends.TrendSchool;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Importing a results file: it is read first without storing anything, and the dry run shows how it
 * was read and every line with its errors and warnings; the import itself is all or nothing.
 */
class TrendImportDialog extends Dialog {

    private final TrendImportService service;
    private final TrendSchool school;
    private final Runnable geimporteerd;

    final Upload upload;
    final Paragraph gelezen = new Paragraph();
    final Paragraph samenvatting = new Paragraph();
    final Grid<ImportVoorbeeld.Regel> regels = new Grid<>();
    final Checkbox vervangen = new Checkbox();
    final Button importeren = new Button();
    final Div indelingVak = new Div();
    IndelingFormulier indeling;
    private String bestandsnaam;
    private byte[] inhoud;

    TrendImportDialog(TrendImportService service, TrendSchool school, Runnable geimporteerd) {
        this.service = service;
        this.school = school;
        this.geimporteerd = geimporteerd;
        setHeaderTitle(getTranslation("trends.import.titel", school.naam()));
        setWidth("min(70rem, 95vw)");
        UI ui = UI.getCurrent();
        upload = new Upload(new BegrensdeUpload(TrendImportService.MAX_BESTAND, (naam, data) -> {
            // read in the upload request, with the uploader's login; shown through the UI
            try {
                java.util.Optional<Groepsoverzicht> overzicht = service.groepsoverzicht(school.schoolId(), naam, data);
                if (overzicht.isPresent() && overzicht.get().leerlinggegevens()) {
                    ui.access(() -> toon(naam, data, service.voorbeeld(school.schoolId(), naam, data)));
                } else if (overzicht.isPresent()) {
                    ui.access(() -> indelen(naam, data, overzicht.get()));
                } else {
                    ImportVoorbeeld voorbeeld = service.voorbeeld(school.schoolId(), naam, data);
                    ui.access(() -> toon(naam, data, voorbeeld));
                }
            } catch (InvoerFout fout) {
                ui.access(() -> Meldingen.fout(this, fout.berichtKey(), fout.parameters()));
            }
        }, () -> Meldingen.fout(this, "fout.bestand-te-groot", TrendImportService.MAX_BESTAND / 1024)));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TrendImportService.MAX_BESTAND);
        upload.setId("trends-bestand");

        regels.setId("trends-voorbeeld");
        regels.addColumn(ImportVoorbeeld.Regel::regel).setHeader(getTranslation("trends.import.regel")).setAutoWidth(true);
        regels.addColumn(r -> getTranslation("trends.import.status." + r.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("trends.import.status")).setAutoWidth(true);
        regels.addColumn(r -> r.resultaat() == null ? "" : r.resultaat().toets() + " · " + getTranslation("trends.jaargroep",
                r.resultaat().jaargroep()) + " · " + r.resultaat().meetmoment()).setHeader(getTranslation("trends.kolom.toets"));
        regels.addColumn(r -> meldingen(r.meldingen())).setHeader(getTranslation("trends.import.meldingen")).setFlexGrow(3);
        regels.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        regels.setHeight("22rem");
        regels.setVisible(false);

        vervangen.setLabel(getTranslation("trends.import.vervangen"));
        vervangen.setVisible(false);
        importeren.setText(getTranslation("trends.import.doen"));
        importeren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importeren.setEnabled(false);
        importeren.setId("trends-import-doen");
        importeren.addClickListener(e -> importeer());
        add(new Paragraph(getTranslation("trends.import.uitleg")), upload, indelingVak, gelezen, samenvatting, regels, vervangen);
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), importeren);
    }

    /** A group overview: its columns are mapped first, then its dry run is shown as for any file. */
    void indelen(String naam, byte[] data, Groepsoverzicht overzicht) {
        bestandsnaam = naam;
        inhoud = data;
        indelingVak.removeAll();
        regels.setVisible(false);
        importeren.setEnabled(false);
        indeling = new IndelingFormulier(overzicht, () -> Meldingen.opslaan(this, indeling.velden(),
                () -> toon(naam, data, service.voorbeeld(school.schoolId(), naam, data, indeling.indeling()))));
        indelingVak.add(indeling);
    }

    void toon(String naam, byte[] data, ImportVoorbeeld voorbeeld) {
        bestandsnaam = naam;
        inhoud = voorbeeld.leerlinggegevens() ? null : data;
        ImportVoorbeeld.Gelezen als = voorbeeld.gelezenAls();
        gelezen.setText(als.tekenset().isEmpty() ? "" : getTranslation("trends.import.gelezen-als", als.tekenset(),
                als.scheiding(), getTranslation(als.decimaleKomma() ? "trends.import.komma" : "trends.import.punt")));
        String bestand = meldingen(voorbeeld.bestand());
        samenvatting.setText(Stream.of(bestand, getTranslation("trends.import.samenvatting",
                        voorbeeld.aantal(ImportVoorbeeld.Status.NIEUW), voorbeeld.aantal(ImportVoorbeeld.Status.ONGEWIJZIGD),
                        voorbeeld.aantal(ImportVoorbeeld.Status.GEWIJZIGD), voorbeeld.aantal(ImportVoorbeeld.Status.FOUT)))
                .filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
        regels.setItems(voorbeeld.regels());
        regels.setVisible(!voorbeeld.regels().isEmpty());
        vervangen.setValue(false);
        vervangen.setVisible(voorbeeld.aantal(ImportVoorbeeld.Status.GEWIJZIGD) > 0);
        importeren.setEnabled(voorbeeld.importeerbaar());
    }

    private void importeer() {
        if (inhoud == null) {
            return;
        }
        try {
            ImportResultaat resultaat = indeling == null
                    ? service.importeren(school.schoolId(), bestandsnaam, inhoud, vervangen.getValue())
                    : service.importeren(school.schoolId(), bestandsnaam, inhoud, indeling.indeling(), vervangen.getValue());
            Meldingen.succes(this, "trends.import.klaar", resultaat.nieuw(), resultaat.vervangen(), resultaat.ongewijzigd());
            close();
            geimporteerd.run();
        } catch (InvoerFout fout) {
            // the file and the dry run stay on screen
            Meldingen.fout(this, fout.berichtKey(), fout.parameters());
        }
    }

    private String meldingen(List<ImportMelding> meldingen) {
        return meldingen.stream().map(m -> (m.kolom().isEmpty() ? "" : m.kolom() + ": ") + getTranslation(m.key(), m.params().toArray()))
                .collect(Collectors.joining(" "));
    }
}
