package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.KijkwijzerDetails;
import nl.leerteam.klassenbezoek.KijkwijzerInhoud;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One kijkwijzer: its domains and criteria, in any of its versions; changed and exported from here. */
@Route("kijkwijzers/:kijkwijzerId")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class KijkwijzerView extends Div implements BeforeEnterObserver, Paginatitel {

    private final KijkwijzerService service;
    private KijkwijzerDetails details;
    private UUID kijkwijzerId;

    final H2 titel = new H2();
    final Span geldtVoor = new Span();
    final Select<KijkwijzerDetails.Versie> versie = new Select<>();
    final Button wijzigen = new Button();
    final Anchor exporteren;
    final Div inhoud = new Div();

    public KijkwijzerView(KijkwijzerService service) {
        this.service = service;
        addClassName("lt-page");
        geldtVoor.addClassName("lt-muted");
        versie.setLabel(getTranslation("kijkwijzer.versies"));
        versie.setId("kijkwijzer-versie");
        versie.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                toon(service.kijkwijzer(kijkwijzerId, e.getValue().id()));
            }
        });
        wijzigen.setText(getTranslation("kijkwijzer.wijzigen"));
        wijzigen.setIcon(VaadinIcon.EDIT.create());
        wijzigen.setId("kijkwijzer-wijzigen");
        wijzigen.addClickListener(e -> {
            KijkwijzerDetails laatste = service.kijkwijzer(kijkwijzerId, null);
            new KijkwijzerEditor(laatste.inhoud(), List.of(), laatste.getoond().gebruikt(),
                    (plek, nieuw) -> service.wijzigen(kijkwijzerId, nieuw, laatste.version()),
                    () -> {
                        Meldingen.succes(this, "kijkwijzer.opgeslagen");
                        toon(service.kijkwijzer(kijkwijzerId, null));
                    }).open();
        });
        exporteren = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] json = service.exporteren(kijkwijzerId).getBytes(StandardCharsets.UTF_8);
            String bestand = details.naam().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT) + ".json";
            return new DownloadResponse(new ByteArrayInputStream(json), bestand, "application/json", json.length);
        }), AttachmentType.DOWNLOAD, getTranslation("kijkwijzer.exporteren"));
        exporteren.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        exporteren.setId("kijkwijzer-exporteren");
        exporteren.addClassName("lt-download");
        Div acties = new Div(versie, wijzigen, exporteren);
        acties.addClassName("lt-invoer");
        add(new RouterLink(getTranslation("kijkwijzer.terug"), KijkwijzersView.class), titel, geldtVoor, acties, inhoud);
    }

    public static RouteParameters parameters(UUID kijkwijzerId) {
        return new RouteParameters("kijkwijzerId", kijkwijzerId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kijkwijzerId = RouteIds.uit(event, "kijkwijzerId");
        toon(service.kijkwijzer(kijkwijzerId, null));
    }

    private void toon(KijkwijzerDetails nieuw) {
        details = nieuw;
        titel.setText(nieuw.naam());
        geldtVoor.setText(nieuw.schoolNaam() == null ? getTranslation("kijkwijzer.hele-bestuur") : nieuw.schoolNaam());
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        versie.setItems(nieuw.versies());
        versie.setItemLabelGenerator(v -> getTranslation("kijkwijzer.versie-van", v.nummer(),
                datum.format(v.aangemaakt().atZone(Tijdzone.SCHOOL))));
        versie.setValue(nieuw.getoond());
        versie.setVisible(nieuw.versies().size() > 1);
        wijzigen.setVisible(nieuw.magWijzigen());
        inhoud.removeAll();
        KijkwijzerInhoud k = nieuw.inhoud();
        if (k.omschrijving() != null) {
            inhoud.add(new Paragraph(k.omschrijving()));
        }
        for (KijkwijzerInhoud.Domein domein : k.domeinen()) {
            OrderedList criteria = new OrderedList();
            for (KijkwijzerInhoud.Criterium c : domein.criteria()) {
                ListItem item = new ListItem(new Span(c.tekst()));
                if (c.toelichting() != null) {
                    Span toelichting = new Span(c.toelichting());
                    toelichting.addClassName("lt-antwoord");
                    item.add(toelichting);
                }
                criteria.add(item);
            }
            inhoud.add(new H3(domein.naam()), criteria);
        }
    }

    @Override
    public String titel() {
        return details == null ? getTranslation("kijkwijzer.menu") : details.naam();
    }
}
