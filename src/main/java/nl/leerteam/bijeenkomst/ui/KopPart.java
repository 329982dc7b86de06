package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstIcs;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.Kop;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.VerslagMarkdown;
import nl.leerteam.bijeenkomst.VerslagPdf;
import nl.leerteam.bijeenkomst.VerslagService;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The head of a meeting: its title, when and where, who leads and minutes, who is present, and the
 * facilitator's buttons to start and close it; the minutes and invitation to download.
 */
final class KopPart extends Div {

    final RouterLink terug = new RouterLink();
    final H2 titel = new H2();
    final Paragraph wanneer = new Paragraph();
    final Anchor link = new Anchor();
    final Span rollen = new Span();
    // The facilitator's and members' buttons are made when the reader first may use them.
    Button wijzigen;
    Button starten;
    Button afronden;
    /** Shows the downloads when asked: their links hold a registration in the session each. */
    final Button downloaden = new Button();
    private final Div knoppen = new Div();
    private final UUID bijeenkomstId;
    private final Signal<Kop> kop;
    private final BijeenkomstService service;
    private final VerslagService verslagen;
    private final Runnable vernieuw;

    private java.util.function.BooleanSupplier onbewaard = () -> false;
    private Runnable opslaan = () -> {
    };

    /** What ending the meeting asks about first: notes typed and not saved, and how to save them. */
    void onbewaard(java.util.function.BooleanSupplier onbewaard, Runnable opslaan) {
        this.onbewaard = onbewaard;
        this.opslaan = opslaan;
    }

    KopPart(UUID bijeenkomstId, Signal<Kop> kop, Component aanwezig, BijeenkomstService service, VerslagService verslagen,
            Runnable vernieuw) {
        this.verslagen = verslagen;
        wanneer.addClassName("lt-muted");
        rollen.addClassName("lt-muted");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setId("bijeenkomst-link");
        this.bijeenkomstId = bijeenkomstId;
        this.kop = kop;
        this.service = service;
        this.vernieuw = vernieuw;
        downloaden.setText(getTranslation("bijeenkomst.downloads"));
        downloaden.setIcon(VaadinIcon.DOWNLOAD.create());
        downloaden.setId("downloads");
        downloaden.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        downloaden.addClickListener(e -> knoppen.replace(downloaden, downloads()));
        Div regel = new Div(titel, aanwezig);
        regel.addClassName("lt-bespreking-kop");
        knoppen.add(downloaden);
        knoppen.addClassName("lt-invoer");
        add(terug, regel, wanneer, link, rollen, knoppen);
        Parts.bind(this, kop, this::toon);
    }

    private void toon(Kop k) {
        terug.setText(getTranslation("bijeenkomst.terug", k.leerteamNaam()));
        terug.setRoute(BijeenkomstenView.class, new RouteParameters(BijeenkomstenView.PARAMETER, k.leerteamId().toString()));
        titel.setText(k.plan().titel());
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        String plaats = k.plan().plaats() == null ? getTranslation("bijeenkomst.online") : k.plan().plaats();
        wanneer.setText(getTranslation("bijeenkomst.wanneer", datum.format(k.plan().datum()), k.plan().begintijd(),
                k.plan().eindtijd(), plaats, getTranslation("bijeenkomst.status." + k.status().name().toLowerCase(Locale.ROOT))));
        link.setVisible(k.plan().onlineLink() != null);
        if (k.plan().onlineLink() != null) {
            link.setHref(k.plan().onlineLink());
            link.setText(getTranslation("bijeenkomst.online-deelnemen"));
        }
        rollen.setText(getTranslation("bijeenkomst.rollen", k.voorzitterNaam(), k.notulistNaam()));
        if (k.magWijzigen() && wijzigen == null) {
            wijzigen = knop("bijeenkomst.wijzigen", VaadinIcon.EDIT, "bijeenkomst-wijzigen");
            wijzigen.addClickListener(e -> new BijeenkomstDialog(kop.peek().plan(), kop.peek().leden(),
                    (formulier, bevestigd) -> service.wijzigen(bijeenkomstId, formulier, bevestigd), vernieuw).open());
            knoppen.addComponentAtIndex(knoppen.getComponentCount() - 1, wijzigen);
        }
        if (k.magStarten() && starten == null) {
            starten = knop("bijeenkomst.starten", VaadinIcon.PLAY, "bijeenkomst-starten");
            starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            starten.addClickListener(e -> Acties.doe(this, () -> service.starten(bijeenkomstId, kop.peek().plan().version()), vernieuw));
            knoppen.addComponentAsFirst(starten);
        }
        if (k.magAfronden() && afronden == null) {
            afronden = knop("bijeenkomst.afronden", VaadinIcon.CHECK, "bijeenkomst-afronden");
            afronden.addClickListener(e -> {
                Runnable rondAf = () -> Acties.doe(this, () -> service.afronden(bijeenkomstId, kop.peek().plan().version()),
                    vernieuw);
                if (onbewaard.getAsBoolean()) {
                    vraagEerst(rondAf);
                } else {
                    rondAf.run();
                }
            });
            knoppen.addComponentAsFirst(afronden);
        }
        zichtbaar(wijzigen, k.magWijzigen());
        zichtbaar(starten, k.magStarten());
        zichtbaar(afronden, k.magAfronden());
    }

    private static void zichtbaar(Button knop, boolean zichtbaar) {
        if (knop != null) {
            knop.setVisible(zichtbaar);
        }
    }

    /** The links read the meeting when they are clicked, so what they give is what the meeting is then. */
    private Div downloads() {
        Kop k = kop.peek();
        Div downloads = new Div();
        downloads.addClassName("lt-invoer");
        Locale locale = getLocale();
        String bestand = k.plan().datum() + "-" + k.leerteamNaam().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT);
        downloads.add(
                download("bijeenkomst.agenda-ics", VaadinIcon.CALENDAR, "download-ics", DownloadHandler.fromInputStream(e -> {
                    BijeenkomstDetails b = service.bijeenkomst(bijeenkomstId);
                    String omschrijving = getTranslation(locale, "bijeenkomst.ics-omschrijving", b.leerteamNaam(), b.voorzitterNaam(),
                            b.notulistNaam()) + "\n" + b.agenda().stream().map(BijeenkomstDetails.Agendapunt::titel)
                            .collect(Collectors.joining("\n- ", "- ", ""));
                    byte[] ics = BijeenkomstIcs.van(b, omschrijving).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(ics), bestand + ".ics", "text/calendar; charset=utf-8", ics.length);
                })),
                download("bijeenkomst.verslag-pdf", VaadinIcon.FILE_TEXT_O, "download-pdf", DownloadHandler.fromInputStream(e -> {
                    VerslagService.Verslag verslag = verslagen.verslag(bijeenkomstId);
                    byte[] pdf = VerslagPdf.van(verslag.bijeenkomst(), verslag.afspraken(), locale, (key, a) -> getTranslation(locale, key, a));
                    return new DownloadResponse(new ByteArrayInputStream(pdf), bestand + "-verslag.pdf", "application/pdf", pdf.length);
                })),
                download("bijeenkomst.verslag-md", VaadinIcon.FILE_CODE, "download-md", DownloadHandler.fromInputStream(e -> {
                    VerslagService.Verslag verslag = verslagen.verslag(bijeenkomstId);
                    byte[] md = VerslagMarkdown.van(verslag.bijeenkomst(), verslag.afspraken(), locale, (key, a) -> getTranslation(locale, key, a))
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(md), bestand + "-verslag.md", "text/markdown; charset=utf-8",
                            md.length);
                })));
        return downloads;
    }

    private Anchor download(String key, VaadinIcon icoon, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        anchor.addComponentAsFirst(icoon.create());
        anchor.setId(id);
        anchor.addClassName("lt-download");
        return anchor;
    }

    /** Ending the meeting with notes that are not saved asks first: save them, end without them, or go back. */
    private void vraagEerst(Runnable rondAf) {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        vraag.setHeader(getTranslation("bijeenkomst.onbewaard.titel"));
        vraag.setText(getTranslation("bijeenkomst.onbewaard.tekst"));
        vraag.setConfirmText(getTranslation("bijeenkomst.onbewaard.opslaan"));
        vraag.addConfirmListener(e -> opslaan.run());
        vraag.setRejectable(true);
        vraag.setRejectText(getTranslation("bijeenkomst.onbewaard.toch"));
        vraag.addRejectListener(e -> rondAf.run());
        vraag.setCancelable(true);
        vraag.setCancelText(getTranslation("actie.annuleren"));
        vraag.setId("bijeenkomst-onbewaard");
        vraag.open();
    }

    private Button knop(String key, VaadinIcon icoon, String id) {
        Button knop = new Button(getTranslation(key), icoon.create());
        knop.setId(id);
        return knop;
    }
}
