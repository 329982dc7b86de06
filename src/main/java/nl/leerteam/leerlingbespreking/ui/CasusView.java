package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusDetails;
import nl.leerteam.leerlingbespreking.WieLasMijnCasus;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusPagina;
import nl.leerteam.leerlingbespreking.CasusPdf;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.CasusStatus;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Lezers;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.RouteIds;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One case, as its leerteam and the school's KCs read it; its owner changes it from here. */
@Route("casussen/:casusId")
@RolesAllowed({"LEERKRACHT", "KC"})
public class CasusView extends Div implements BeforeEnterObserver, Paginatitel {

    private final CasusService casussen;
    private final BesprekingService besprekingen;
    private final EscalatieService escalaties;
    private CasusDetails casus;
    private final WieLasMijnCasus wieLas;
    Lezers lezers;
    private UUID casusId;
    private final LiveRefresh volgen;

    final H2 titel = new H2();
    final Paragraph onderkop = new Paragraph();
    final Button wijzigen = new Button();
    final Button afsluiten = new Button();
    final Button bespreken = new Button();
    final Div inhoud = new Div();
    final Div afspraken = new Div();
    EscalatiePart escalatie;
    private final RouterLink terug = new RouterLink();

    public CasusView(CasusService casussen, BesprekingService besprekingen, EscalatieService escalaties,
                     OrganisatieService organisatie, LiveUpdates live, WieLasMijnCasus wieLas) {
        this.casussen = casussen;
        this.wieLas = wieLas;
        this.besprekingen = besprekingen;
        this.escalaties = escalaties;
        addClassName("lt-page");
        onderkop.addClassName("lt-muted");
        wijzigen.setText(getTranslation("casus.wijzigen"));
        wijzigen.setIcon(VaadinIcon.EDIT.create());
        wijzigen.setId("casus-wijzigen");
        wijzigen.addClickListener(e -> new CasusDialog(casus.inhoud().pseudoniem(), casus.inhoud(),
                (formulier, bevestigd) -> casussen.wijzigen(casus.id(), formulier, bevestigd),
                gewijzigd -> {
                    Meldingen.succes(this, "casus.opgeslagen", gewijzigd.inhoud().pseudoniem());
                    vernieuw();
                }).open());
        afsluiten.setText(getTranslation("casus.afsluiten"));
        afsluiten.setIcon(VaadinIcon.CHECK.create());
        afsluiten.setId("casus-afsluiten");
        afsluiten.addClickListener(e -> {
            ConfirmDialog vraag = new ConfirmDialog(getTranslation("casus.afsluiten.vraag"),
                    getTranslation("casus.afsluiten.uitleg", organisatie.bewaartermijnMaanden()),
                    getTranslation("casus.afsluiten"), bevestigd -> Meldingen.opslaan(this, Map.of(), () -> {
                        casussen.afsluiten(casus.id(), casus.inhoud().version());
                        vernieuw();
                        Meldingen.succes(this, "casus.afgesloten", casus.inhoud().pseudoniem());
                    }));
            vraag.setCancelable(true);
            vraag.setCancelText(getTranslation("actie.annuleren"));
            vraag.open();
        });
        bespreken.setText(getTranslation("casus.bespreken"));
        bespreken.setIcon(VaadinIcon.USERS.create());
        bespreken.setId("casus-bespreken");
        bespreken.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(BesprekingView.class,
                BesprekingView.parameters(casus.id()))));
        inhoud.addClassName("lt-casus");
        afspraken.setId("casus-afspraken");
        HorizontalLayout acties = new HorizontalLayout(bespreken, wijzigen, afsluiten, pdf());
        acties.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(terug, titel, onderkop, acties, inhoud, afspraken);
        volgen = LiveRefresh.bind(this, live, CasusService.LIVE_TOPIC, () -> casusId, this::vernieuw);
    }

    /** Reads the case again after someone changed it; the read of an open page is not audited again. */
    private void vernieuw() {
        toon(casussen.paginaHerlezen(casusId));
    }

    public static RouteParameters parameters(UUID casusId) {
        return new RouteParameters("casusId", casusId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        casusId = RouteIds.uit(event, "casusId");
        toon(casussen.pagina(casusId));
        volgen.volg();
    }

    private void toon(CasusPagina pagina) {
        CasusDetails details = pagina.casus();
        casus = details;
        CasusFormulier i = details.inhoud();
        terug.setText(getTranslation("casus.terug", details.leerteamNaam()));
        terug.setRoute(CasussenView.class, CasussenView.parameters(details.leerteamId()));
        titel.setText(getTranslation("casus.titel", i.pseudoniem(), i.groep()));
        onderkop.setText(getTranslation("casus.onderkop", details.eigenaarNaam(), details.leerteamNaam(),
                getTranslation("casus.status." + details.status().name().toLowerCase(Locale.ROOT))));
        boolean open = details.status() != CasusStatus.GESLOTEN;
        bespreken.setVisible(open);
        wijzigen.setVisible(details.eigenaar() && open);
        afsluiten.setVisible(details.eigenaar() && open);
        inhoud.removeAll();
        blok("casus.hulpvraag", i.hulpvraag());
        blok("casus.wat-zie-ik", i.watZieIk());
        blok("casus.al-geprobeerd", i.alGeprobeerd());
        blok("casus.wat-gaat-goed", i.watGaatGoed());
        blok("casus.wat-belemmert", i.watBelemmert());
        if (i.oudersBetrokken()) {
            blok("casus.ouders", getTranslation("casus.ouders.betrokken",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale()).format(i.oudersDatum()),
                    i.oudersAfspraken()));
        } else {
            blok("casus.ouders", i.oudersWaaromNiet() == null ? getTranslation("casus.ouders.nog-niet")
                    : getTranslation("casus.ouders.nog-niet-omdat", i.oudersWaaromNiet()));
        }
        if (!i.tags().isEmpty()) {
            blok("casus.tags", String.join(", ", i.tags()));
        }
        afspraken.removeAll();
        afspraken.add(new H3(getTranslation("afspraak.afspraken")));
        afspraken.add(AfspraakLijst.van(this, pagina.afspraken(), (afspraak, regel) -> {
            if (details.eigenaar() && open) {
                Button evalueren = new Button(getTranslation(afspraak.resultaat() == null ? "evaluatie.evalueren" : "evaluatie.wijzigen"),
                        e -> new EvaluatieDialog(afspraak, details.inhoud().pseudoniem(), besprekingen, this::vernieuw).open());
                evalueren.addThemeVariants(ButtonVariant.LUMO_SMALL);
                evalueren.addClassName("lt-evalueren");
                regel.add(evalueren);
            }
        }));
        if (escalatie == null) {
            escalatie = new EscalatiePart(details.id(), details.inhoud().pseudoniem(), escalaties, this::vernieuw);
            add(escalatie);
        }
        if (details.eigenaar() && lezers == null) {
            UUID id = details.id();
            lezers = new Lezers("casus.lezers", () -> wieLas.lezers(id));
            add(lezers);
        }
        escalatie.toon(pagina.escalatie());
    }

    /** The case to print or keep: made when clicked, from the case as it is then, read (and recorded) as any read. */
    private Anchor pdf() {
        Locale locale = getLocale();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] inhoud = CasusPdf.van(casussen.pagina(casusId), locale, (key, a) -> getTranslation(locale, key, a));
            return new DownloadResponse(new ByteArrayInputStream(inhoud), "casus.pdf", "application/pdf", inhoud.length);
        }), AttachmentType.DOWNLOAD, getTranslation("casus.pdf.download"));
        pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        pdf.setId("casus-pdf");
        return pdf;
    }

    private void blok(String labelKey, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return;
        }
        Paragraph alinea = new Paragraph(tekst);
        alinea.addClassName("lt-casus-tekst");
        inhoud.add(new H3(getTranslation(labelKey)), alinea);
    }

    @Override
    public String titel() {
        return casus == null ? getTranslation("casus.casussen") : casus.inhoud().pseudoniem();
    }
}
