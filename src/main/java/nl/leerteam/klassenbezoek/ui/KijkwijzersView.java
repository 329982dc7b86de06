package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.KijkwijzerPlek;
import nl.leerteam.klassenbezoek.KijkwijzerSamenvatting;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.ui.BegrensdeUpload;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.Rijen;

import java.util.List;
import java.util.UUID;

/** The kijkwijzers of the board and of the person's schools; KCs and board staff define and exchange them here. */
@Route("kijkwijzers")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class KijkwijzersView extends Div implements Paginatitel {

    private final KijkwijzerService service;
    private final List<KijkwijzerPlek> plekken;

    final Grid<KijkwijzerSamenvatting> grid = new Grid<>();
    final Button nieuw = new Button();
    final Button voorbeeld = new Button();
    final Select<KijkwijzerPlek> importPlek = new Select<>();
    final Upload upload;
    private final LeegTekst leeg;

    public KijkwijzersView(KijkwijzerService service) {
        this.service = service;
        this.plekken = service.plekken();
        addClassName("lt-page");
        add(new H2(getTranslation("kijkwijzer.menu")), new Paragraph(getTranslation("kijkwijzer.uitleg")));

        nieuw.setText(getTranslation("kijkwijzer.nieuw"));
        nieuw.setIcon(VaadinIcon.PLUS.create());
        nieuw.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nieuw.setId("kijkwijzer-nieuw");
        nieuw.addClickListener(e -> editor(null));
        voorbeeld.setText(getTranslation("kijkwijzer.voorbeeld"));
        voorbeeld.setIcon(VaadinIcon.FILE_TEXT_O.create());
        voorbeeld.setId("kijkwijzer-voorbeeld");
        voorbeeld.addClickListener(e -> editor(service.voorbeeld()));

        importPlek.setLabel(getTranslation("kijkwijzer.importeren-voor"));
        importPlek.setItems(plekken);
        importPlek.setItemLabelGenerator(p -> p.schoolId() == null ? getTranslation("kijkwijzer.hele-bestuur") : p.schoolNaam());
        if (!plekken.isEmpty()) {
            importPlek.setValue(plekken.getFirst());
        }
        UI ui = UI.getCurrent();
        upload = new Upload(new BegrensdeUpload(KijkwijzerService.MAX_IMPORT_BYTES, (naam, data) -> {
            // runs in the upload request (with the uploader's login); the screen is updated through the UI
            try {
                UUID id = service.importeren(importPlek.getValue().schoolId(), data);
                ui.access(() -> {
                    Meldingen.succes(this, "kijkwijzer.geimporteerd");
                    ui.navigate(KijkwijzerView.class, KijkwijzerView.parameters(id));
                });
            } catch (InvoerFout fout) {
                ui.access(() -> Meldingen.fout(this, fout.berichtKey(), fout.parameters()));
            }
        }, () -> Meldingen.fout(this, "fout.bestand-te-groot", KijkwijzerService.MAX_IMPORT_BYTES / 1024)));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(KijkwijzerService.MAX_IMPORT_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("kijkwijzer.importeren"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("kijkwijzer.importeren-slepen")));
        upload.setId("kijkwijzer-import");
        Div acties = new Div(nieuw, voorbeeld, importPlek, upload);
        acties.addClassName("lt-invoer");
        acties.setVisible(!plekken.isEmpty());

        grid.setId("kijkwijzers");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(KijkwijzerSamenvatting::naam).setHeader(getTranslation("kijkwijzer.naam")).setFlexGrow(3);
        grid.addColumn(k -> k.schoolNaam() == null ? getTranslation("kijkwijzer.hele-bestuur") : k.schoolNaam())
                .setHeader(getTranslation("kijkwijzer.geldt-voor")).setAutoWidth(true);
        grid.addColumn(k -> getTranslation("kijkwijzer.versie", k.versie())).setHeader(getTranslation("kijkwijzer.versies"))
                .setAutoWidth(true);
        grid.addColumn(k -> getTranslation("kijkwijzer.omvang", k.aantalDomeinen(), k.aantalCriteria()))
                .setHeader(getTranslation("kijkwijzer.inhoud")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Rijen.openen(grid, rij -> UI.getCurrent().navigate(KijkwijzerView.class, KijkwijzerView.parameters(rij.id())));
        leeg = new LeegTekst(getTranslation("kijkwijzer.geen.titel"), getTranslation(plekken.isEmpty()
                ? "kijkwijzer.geen.tekst" : "kijkwijzer.geen.tekst-kc"));
        add(acties, grid, leeg);
        laad();
    }

    private void editor(nl.leerteam.klassenbezoek.KijkwijzerInhoud inhoud) {
        new KijkwijzerEditor(inhoud, plekken, false, (plek, nieuweInhoud) -> {
            UUID id = service.aanmaken(plek.schoolId(), nieuweInhoud);
            UI.getCurrent().navigate(KijkwijzerView.class, KijkwijzerView.parameters(id));
        }, () -> Meldingen.succes(this, "kijkwijzer.opgeslagen")).open();
    }

    private void laad() {
        List<KijkwijzerSamenvatting> lijst = service.kijkwijzers();
        grid.setItems(lijst);
        grid.setVisible(!lijst.isEmpty());
        leeg.setVisible(lijst.isEmpty());
    }

    @Override
    public String titel() {
        return getTranslation("kijkwijzer.menu");
    }
}
