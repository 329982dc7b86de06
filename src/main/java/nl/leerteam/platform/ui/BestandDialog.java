package nl.leerteam.platform.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import nl.leerteam.platform.BestandInvoer;
import nl.leerteam.platform.Bibliotheek;
import nl.leerteam.platform.BibliotheekService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.ui.Datumveld;
import nl.leerteam.shared.ui.Meldingen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Adds a file to the studiedag library, or a new version of one. The file is checked as soon as it arrives, so
 * the dialog says at once what is wrong with it or what the privacy guard found in it; it is saved with the
 * description only when the person saves. A file that was not saved is deleted when the dialog closes.
 */
class BestandDialog extends Dialog {

    private final BibliotheekService service;
    final Select<UUID> school = new Select<>();
    final Upload upload;
    final Paragraph gelezen = new Paragraph();
    final Div bevindingen = new Div();
    final TextField titel = new TextField();
    final TextArea beschrijving = new TextArea();
    final MultiSelectComboBox<ThemaService.Thema> themas = new MultiSelectComboBox<>();
    final TextField studiedag = new TextField();
    final Datumveld datum = new Datumveld();
    final Button opslaan = new Button();
    private final Bibliotheek.Details bestaand;
    String naam;
    Path tijdelijk;

    /** @param bestaand the file to give a new version, or null for a new file */
    BestandDialog(BibliotheekService service, List<ThemaService.Thema> alleThemas, Map<UUID, String> scholen,
                  Bibliotheek.Details bestaand, Consumer<UUID> opgeslagen) {
        this.service = service;
        this.bestaand = bestaand;
        setHeaderTitle(getTranslation(bestaand == null ? "bibliotheek.toevoegen" : "bibliotheek.nieuwe-versie"));
        setWidth("min(44rem, 95vw)");
        UI ui = UI.getCurrent();
        long maximaal = service.maximaal();
        upload = new Upload(new BibliotheekUpload(maximaal, service.tijdelijkeMap(), (gegevenNaam, pad) -> ui.access(() -> ontvangen(gegevenNaam, pad)),
                () -> Meldingen.fout(this, "bibliotheek.fout.te-groot", maximaal / (1024 * 1024))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maximaal));
        upload.setAcceptedFileTypes(".pdf", ".docx", ".pptx", ".png", ".jpg", ".jpeg");
        upload.setId("bibliotheek-bestand");
        gelezen.setId("bibliotheek-gelezen");
        bevindingen.setId("bibliotheek-bevindingen");
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setEnabled(false);
        opslaan.setId("bibliotheek-opslaan");
        add(new Paragraph(getTranslation("bibliotheek.toegestaan", maximaal / (1024 * 1024))), upload, gelezen, bevindingen);
        if (bestaand == null) {
            school.setLabel(getTranslation("platform.kaart.school"));
            school.setItems(scholen.keySet());
            school.setItemLabelGenerator(scholen::get);
            school.setValue(scholen.keySet().iterator().next());
            school.setVisible(scholen.size() > 1);
            titel.setLabel(getTranslation("bibliotheek.titel-veld"));
            titel.setMaxLength(BibliotheekService.MAX_TITEL);
            titel.setRequired(true);
            titel.setWidthFull();
            titel.setId("bibliotheek-titel");
            beschrijving.setLabel(getTranslation("bibliotheek.beschrijving"));
            beschrijving.setMaxLength(BibliotheekService.MAX_BESCHRIJVING);
            beschrijving.setWidthFull();
            themas.setLabel(getTranslation("platform.kaart.themas"));
            themas.setItems(alleThemas);
            themas.setItemLabelGenerator(ThemaService.Thema::naam);
            themas.setWidthFull();
            studiedag.setLabel(getTranslation("bibliotheek.studiedag"));
            studiedag.setMaxLength(BibliotheekService.MAX_STUDIEDAG);
            studiedag.setWidthFull();
            datum.setLabel(getTranslation("bibliotheek.studiedag-datum"));
            add(school, titel, beschrijving, themas, studiedag, datum);
        }
        opslaan.addClickListener(e -> opslaan(opgeslagen));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                weg();
            }
        });
        addDetachListener(e -> weg());
    }

    /** The file has arrived: the server's checks run now and their outcome shows before anything is saved. */
    void ontvangen(String gegevenNaam, Path pad) {
        weg();
        bevindingen.removeAll();
        opslaan.setEnabled(false);
        UUID schoolId = bestaand == null ? school.getValue() : bestaand.schoolId();
        try {
            Bibliotheek.Controle controle = service.controleer(schoolId, pad, gegevenNaam);
            naam = gegevenNaam;
            tijdelijk = pad;
            gelezen.setText(getTranslation("bibliotheek.gelezen", controle.bestandsnaam(), controle.soort(),
                    Bestandsgrootte.tekst(controle.grootte(), getLocale())));
            if (bestaand == null && titel.isEmpty()) {
                String stam = controle.bestandsnaam().replaceFirst("\\.[a-z]+$", "").replace('_', ' ').replace('-', ' ');
                titel.setValue(stam.length() > BibliotheekService.MAX_TITEL ? stam.substring(0, BibliotheekService.MAX_TITEL) : stam);
            }
            if (!controle.bevindingen().isEmpty()) {
                bevindingen.add(Bevindingen.melding(this, controle.bevindingen(), "bibliotheek.bevinding.upload"));
            }
            opslaan.setEnabled(true);
        } catch (InvoerFout fout) {
            verwijder(pad);
            gelezen.setText(getTranslation(fout.berichtKey(), fout.parameters()));
            upload.clearFileList();
        } catch (RuntimeException fout) {
            verwijder(pad);
            throw fout;
        }
    }

    private void opslaan(Consumer<UUID> opgeslagen) {
        if (tijdelijk == null) {
            return;
        }
        Map<String, HasValidation> velden = new LinkedHashMap<>();
        velden.put("titel", titel);
        velden.put("beschrijving", beschrijving);
        velden.put("studiedag", studiedag);
        velden.put("themas", themas);
        Map<String, String> labels = Map.of("titel", titel.getLabel() == null ? "" : titel.getLabel(),
                "beschrijving", beschrijving.getLabel() == null ? "" : beschrijving.getLabel(),
                "studiedag", studiedag.getLabel() == null ? "" : studiedag.getLabel());
        PrivacyOpslaan.opslaan(this, velden, labels, bevestigd -> {
            if (!Files.exists(tijdelijk)) {
                // the server refused the file itself and removed it: it has to come again
                tijdelijk = null;
                opslaan.setEnabled(false);
                upload.clearFileList();
                return;
            }
            UUID id;
            if (bestaand == null) {
                id = service.toevoegen(school.getValue(), new BestandInvoer(titel.getValue(), beschrijving.getValue(),
                        themas.getValue().stream().map(ThemaService.Thema::id).toList(), studiedag.getValue(), datum.getValue()), tijdelijk,
                        naam, bevestigd);
            } else {
                service.nieuweVersie(bestaand.id(), tijdelijk, naam, bestaand.version());
                id = bestaand.id();
            }
            tijdelijk = null;
            close();
            opgeslagen.accept(id);
        }, () -> {
        });
    }

    private void weg() {
        if (tijdelijk != null) {
            verwijder(tijdelijk);
            tijdelijk = null;
        }
    }

    private static void verwijder(Path pad) {
        try {
            Files.deleteIfExists(pad);
        } catch (IOException e) {
            // the library removes what is left behind after a day
        }
    }

}
