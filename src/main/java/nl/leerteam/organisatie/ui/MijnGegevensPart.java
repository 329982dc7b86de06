package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import nl.leerteam.privacy.ExportService;
import nl.leerteam.privacy.GegevensExport;
import nl.leerteam.privacy.GegevensExportBestanden;
import nl.leerteam.shared.domain.Tijdzone;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * On the profile page: download everything Leerteam holds about me, as JSON and as a PDF summary. Each file is made
 * when clicked, from the data as it is then.
 */
class MijnGegevensPart extends Div {

    final Anchor json;
    final Anchor pdf;

    MijnGegevensPart(ExportService export) {
        setId("mijn-gegevens");
        Locale locale = getLocale();
        Paragraph uitleg = new Paragraph(getTranslation("export.uitleg"));
        uitleg.addClassName("lt-muted");
        json = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] inhoud = GegevensExportBestanden.json(export.mijnGegevens());
            return new DownloadResponse(new ByteArrayInputStream(inhoud), bestandsnaam("json"), "application/json", inhoud.length);
        }), getTranslation("export.json"));
        pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            GegevensExport gegevens = export.mijnGegevens();
            byte[] inhoud = GegevensExportBestanden.pdf(gegevens, locale, Tijdzone.SCHOOL, (key, a) -> getTranslation(locale, key, a));
            return new DownloadResponse(new ByteArrayInputStream(inhoud), bestandsnaam("pdf"), "application/pdf", inhoud.length);
        }), getTranslation("export.pdf"));
        for (Anchor link : new Anchor[]{json, pdf}) {
            link.setTarget(AnchorTarget.DEFAULT);
            link.getElement().setAttribute("download", true);
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
            link.addClassName("lt-download");
        }
        json.setId("export-json");
        pdf.setId("export-pdf");
        Div links = new Div(json, pdf);
        links.addClassName("lt-downloads");
        add(uitleg, links);
    }

    private static String bestandsnaam(String soort) {
        return "leerteam-mijn-gegevens-" + LocalDate.now(Tijdzone.SCHOOL) + "." + soort;
    }
}
