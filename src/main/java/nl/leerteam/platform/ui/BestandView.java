package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.Bibliotheek;
import nl.leerteam.platform.BibliotheekService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;
import nl.leerteam.shared.domain.Tijdzone;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One file of the studiedag library: what it is, its preview, the download, and for its school its versions,
 * what the privacy guard found in it and (for a KC of the school) sharing it with the board.
 */
@Route("platform/bibliotheek/:bestandId")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class BestandView extends Div implements BeforeEnterObserver, Paginatitel {

    private final BibliotheekService service;
    private final ThemaService themas;
    final H2 titel = new H2();
    final Span zichtbaar = new Span();
    final Paragraph over = new Paragraph();
    final Paragraph beschrijving = new Paragraph();
    final Div voorbeeld = new Div();
    final Div download = new Div();
    final Div bevindingen = new Div();
    final Checkbox bevestigen = new Checkbox();
    final Button goedkeuren = new Button();
    final Button nieuweVersie = new Button();
    final UnorderedList versies = new UnorderedList();
    final H3 versiesKop = new H3();
    private UUID bestandId;
    private Bibliotheek.Details bestand;

    public BestandView(BibliotheekService service, ThemaService themas, LiveUpdates live) {
        this.service = service;
        this.themas = themas;
        addClassName("lt-page");
        zichtbaar.setId("bestand-zichtbaar");
        bevindingen.setId("bestand-bevindingen");
        bevestigen.setLabel(getTranslation("bibliotheek.bevestigen"));
        bevestigen.setId("bestand-bevestigen");
        goedkeuren.setText(getTranslation("bibliotheek.goedkeuren"));
        goedkeuren.setIcon(VaadinIcon.CHECK.create());
        goedkeuren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        goedkeuren.setId("bestand-goedkeuren");
        goedkeuren.addClickListener(e -> Meldingen.opslaan(this, Map.of(), () -> {
            service.goedkeuren(bestandId, bestand.huidig().nummer(), bevestigen.getValue(), bestand.version());
            Meldingen.succes(this, "bibliotheek.goedgekeurd");
            vernieuw();
        }));
        nieuweVersie.setText(getTranslation("bibliotheek.nieuwe-versie"));
        nieuweVersie.setIcon(VaadinIcon.UPLOAD.create());
        nieuweVersie.setId("bestand-nieuwe-versie");
        nieuweVersie.addClickListener(e -> new BestandDialog(service, themas.themas(), Map.of(), bestand, id -> vernieuw()).open());
        download.setId("bestand-download");
        voorbeeld.setId("bestand-voorbeeld");
        versies.setId("bestand-versies");
        versies.addClassName("lt-bijdragen");
        versiesKop.setText(getTranslation("bibliotheek.versies"));
        Div knoppen = new Div(nieuweVersie);
        knoppen.addClassName("lt-invoer");
        Div goedkeuring = new Div(bevestigen, goedkeuren);
        goedkeuring.addClassName("lt-invoer");
        add(new RouterLink(getTranslation("bibliotheek.terug"), BibliotheekView.class), titel, new Paragraph(zichtbaar), over, beschrijving,
                download, voorbeeld, bevindingen, goedkeuring, knoppen, versiesKop, versies);
        LiveRefresh.bind(this, live, BibliotheekService.LIVE_TOPIC, this::bestuur, this::vernieuw);
    }

    private UUID bestuur() {
        return nl.leerteam.shared.security.CurrentUser.require().bestuurId();
    }

    public static RouteParameters parameters(UUID bestandId) {
        return new RouteParameters("bestandId", bestandId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bestandId = RouteIds.uit(event, "bestandId");
        vernieuw();
    }

    void vernieuw() {
        bestand = service.bestand(bestandId);
        titel.setText(bestand.invoer().titel());
        zichtbaar.setText(getTranslation("bibliotheek.zichtbaar." + bestand.zichtbaar().name().toLowerCase(Locale.ROOT)));
        zichtbaar.getElement().getThemeList().clear();
        zichtbaar.getElement().getThemeList().add(bestand.zichtbaar() == Bibliotheek.Zichtbaar.BESTUUR ? "badge success" : "badge contrast");
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        List<String> regels = new ArrayList<>();
        regels.add(bestand.schoolNaam());
        if (bestand.invoer().studiedag() != null || bestand.invoer().studiedagDatum() != null) {
            regels.add(getTranslation("bibliotheek.voor-studiedag", bestand.invoer().studiedag() == null ? "" : bestand.invoer().studiedag(),
                    bestand.invoer().studiedagDatum() == null ? "" : datum.format(bestand.invoer().studiedagDatum())).strip());
        }
        if (!bestand.themaNamen().isEmpty()) {
            regels.add(String.join(", ", bestand.themaNamen()));
        }
        over.setText(String.join(" · ", regels));
        beschrijving.setText(bestand.invoer().beschrijving() == null ? "" : bestand.invoer().beschrijving());
        beschrijving.setVisible(bestand.invoer().beschrijving() != null);
        toonDownload();
        toonVoorbeeld();
        bevindingen.removeAll();
        if (!bestand.bevindingen().isEmpty()) {
            bevindingen.add(Bevindingen.melding(this, bestand.bevindingen(), bestand.bevindingenBevestigd()
                    ? "bibliotheek.bevinding.bevestigd" : "bibliotheek.bevinding.school"));
        }
        goedkeuren.setVisible(bestand.mag().goedkeuren());
        bevestigen.setVisible(bestand.mag().bevestigen());
        bevestigen.setValue(false);
        nieuweVersie.setVisible(bestand.mag().nieuweVersie());
        toonVersies();
    }

    private void toonDownload() {
        download.removeAll();
        Bibliotheek.Versie v = bestand.huidig();
        UUID id = bestandId;
        Anchor link = new Anchor(Bestandsdownload.van(() -> service.download(id)), getTranslation("bibliotheek.downloaden",
                v.bestandsnaam(), Bestandsgrootte.tekst(v.grootte(), getLocale())));
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("download", true);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.addClassName("lt-download");
        link.setId("bestand-downloaden");
        download.add(link);
    }

    private void toonVoorbeeld() {
        voorbeeld.removeAll();
        if (bestand.voorbeeld()) {
            UUID id = bestandId;
            Image plaatje = new Image(DownloadHandler.fromInputStream(e -> {
                byte[] png = service.voorbeeld(id).orElse(new byte[0]);
                e.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                return new DownloadResponse(new ByteArrayInputStream(png), "voorbeeld.png", "image/png", png.length);
            }).inline(), getTranslation("bibliotheek.voorbeeld", bestand.invoer().titel()));
            plaatje.addClassName("lt-voorbeeld");
            voorbeeld.add(plaatje);
        } else if (!bestand.uittreksel().isBlank()) {
            Paragraph tekst = new Paragraph(bestand.uittreksel());
            tekst.addClassName("lt-uittreksel");
            voorbeeld.add(new Paragraph(getTranslation("bibliotheek.uittreksel")), tekst);
        }
    }

    private void toonVersies() {
        versies.removeAll();
        // the versions are the school's: the board reads the current one
        versiesKop.setVisible(bestand.mag().wijzigen());
        versies.setVisible(bestand.mag().wijzigen());
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(Tijdzone.SCHOOL);
        bestand.versies().forEach(v -> {
            String tekst = getTranslation("bibliotheek.versie", v.nummer(), v.bestandsnaam(), v.uploaderNaam(), moment.format(v.geupload()));
            if (v.goedkeurderNaam() != null) {
                tekst += " · " + getTranslation("bibliotheek.versie.goedgekeurd", v.goedkeurderNaam(), moment.format(v.goedgekeurd()));
            }
            ListItem item = new ListItem(tekst);
            item.addClassName("lt-bijdrage");
            versies.add(item);
        });
    }

    @Override
    public String titel() {
        return bestand == null ? getTranslation("bibliotheek.titel") : bestand.invoer().titel();
    }
}
