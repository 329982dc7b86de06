package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.platform.KaartDetails;
import nl.leerteam.platform.KaartInvoer;
import nl.leerteam.platform.PraktijkkaartService;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One practice card: its fields, where it stands, its history, and what the reader may do now (change
 * it, submit it, review it, confirm it). It follows the card live, so an approval shows at once.
 */
@Route("platform/kaarten/:kaartId")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR", "BESTUURDER"})
public class KaartView extends Div implements BeforeEnterObserver, Paginatitel {

    private final PraktijkkaartService service;
    private final ThemaService themas;
    final H2 titel = new H2();
    final Span stand = new Span();
    final Div inhoud = new Div();
    final UnorderedList geschiedenis = new UnorderedList();
    final Div adopties = new Div();
    final Div feedback = new Div();
    final KaartBijlagen bijlagen;
    final Button wijzigen = new Button();
    final Button indienen = new Button();
    final Button goedkeuren = new Button();
    final Button terugsturen = new Button();
    final Button bevestigen = new Button();
    private UUID kaartId;
    private KaartDetails kaart;

    public KaartView(PraktijkkaartService service, ThemaService themas, LiveUpdates live) {
        this.service = service;
        this.themas = themas;
        this.bijlagen = new KaartBijlagen(service, this::vernieuw);
        addClassName("lt-page");
        stand.setId("kaart-stand");
        knop(wijzigen, "platform.kaart.wijzigen", "kaart-wijzigen", () -> new KaartFormulier(service, themas.themas(), Map.of(), kaart,
                id -> vernieuw()).open());
        knop(indienen, "platform.kaart.indienen", "kaart-indienen", () -> PrivacyOpslaan.opslaan(this, Map.of(), Map.of(),
                bevestigd -> service.indienen(kaartId, kaart.version(), bevestigd), this::vernieuw));
        knop(goedkeuren, "platform.kaart.goedkeuren", "kaart-goedkeuren", () -> Meldingen.opslaan(this, Map.of(), () -> {
            service.goedkeuren(kaartId, kaart.version());
            vernieuw();
        }));
        knop(terugsturen, "platform.kaart.terugsturen", "kaart-terugsturen", this::terugsturenDialoog);
        knop(bevestigen, "platform.kaart.bevestigen", "kaart-bevestigen", () -> Meldingen.opslaan(this, Map.of(), () -> {
            service.bevestigen(kaartId, kaart.version());
            vernieuw();
        }));
        goedkeuren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        indienen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div knoppen = new Div(wijzigen, indienen, goedkeuren, terugsturen, bevestigen);
        knoppen.addClassName("lt-invoer");
        geschiedenis.setId("kaart-geschiedenis");
        geschiedenis.addClassName("lt-bijdragen");
        adopties.setId("kaart-adopties");
        feedback.setId("kaart-feedback");
        add(new RouterLink(getTranslation("platform.terug"), PlatformView.class), titel, new Paragraph(stand), knoppen, inhoud, bijlagen, adopties,
                feedback, new H3(getTranslation("platform.kaart.geschiedenis")), geschiedenis);
        LiveRefresh.bind(this, live, PraktijkkaartService.LIVE_TOPIC, () -> kaartId, this::vernieuw);
    }

    public static RouteParameters parameters(UUID kaartId) {
        return new RouteParameters("kaartId", kaartId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kaartId = RouteIds.uit(event, "kaartId");
        vernieuw();
    }

    void vernieuw() {
        kaart = service.kaart(kaartId);
        titel.setText(kaart.invoer().titel());
        stand.setText(getTranslation("platform.stand." + kaart.stand().name().toLowerCase(Locale.ROOT))
                + (kaart.nieuwerInWerk() ? " · " + getTranslation("platform.kaart.nieuwer-in-werk") : ""));
        stand.getElement().getThemeList().clear();
        stand.getElement().getThemeList().add(switch (kaart.stand()) {
            case GEPUBLICEERD -> "badge success";
            case VEROUDERD -> "badge error";
            case TER_REVIEW -> "badge";
            case CONCEPT -> "badge contrast";
        });
        wijzigen.setVisible(kaart.mag().wijzigen());
        indienen.setVisible(kaart.mag().indienen());
        goedkeuren.setVisible(kaart.mag().beoordelen());
        terugsturen.setVisible(kaart.mag().beoordelen());
        bevestigen.setVisible(kaart.mag().bevestigen());
        toonInhoud();
        bijlagen.toon(kaartId, kaart);
        toonAdopties();
        toonFeedback();
        DateTimeFormatter moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(Tijdzone.SCHOOL);
        geschiedenis.removeAll();
        kaart.geschiedenis().forEach(s -> geschiedenis.add(new ListItem(getTranslation("platform.stap." + s.stap().toLowerCase(Locale.ROOT),
                s.versie(), s.doorNaam(), moment.format(s.moment())) + (s.opmerking() == null ? "" : ": " + s.opmerking()))));
    }

    private void toonInhoud() {
        KaartInvoer i = kaart.invoer();
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        inhoud.removeAll();
        List<String> kenmerken = new ArrayList<>();
        kenmerken.add(getTranslation("platform.domein." + i.domein().name().toLowerCase(Locale.ROOT)));
        kenmerken.add(getTranslation("platform.kaart.van", kaart.schoolNaam(), kaart.eigenaarNaam()));
        if (!kaart.themaNamen().isEmpty()) {
            kenmerken.add(String.join(", ", kaart.themaNamen()));
        }
        if (!i.groepen().isEmpty()) {
            kenmerken.add(getTranslation("platform.kaart.voor-groepen", i.groepen().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "))));
        }
        if (i.schoolgrootte() != null) {
            kenmerken.add(getTranslation("platform.schoolgrootte." + i.schoolgrootte().name().toLowerCase(Locale.ROOT)));
        }
        if (i.populatie() != null) {
            kenmerken.add(getTranslation("platform.populatie." + i.populatie().name().toLowerCase(Locale.ROOT)));
        }
        if (i.uren() != null) {
            kenmerken.add(getTranslation("platform.kaart.kost-uren", i.uren()));
        }
        kenmerken.add(getTranslation("platform.kaart.herzien-op", datum.format(i.herzienVoor())));
        Paragraph kop = new Paragraph(String.join(" · ", kenmerken));
        kop.addClassName("lt-muted");
        inhoud.add(kop);
        if (kaart.opmerking() != null) {
            Paragraph opmerking = new Paragraph(getTranslation("platform.kaart.opmerking", kaart.opmerking()));
            opmerking.addClassName("lt-te-evalueren");
            opmerking.setId("kaart-opmerking");
            inhoud.add(opmerking);
        }
        deel("platform.kaart.aanleiding", i.aanleiding());
        deel("platform.kaart.wat", i.wat());
        deel("platform.kaart.waarom", i.waarom());
        deel("platform.kaart.hoe", i.hoe());
        deel("platform.kaart.resultaten", i.resultaten());
        if (i.bewijs() != null) {
            inhoud.add(new Paragraph(getTranslation("platform.kaart.bewijs-is",
                    getTranslation("platform.bewijs." + i.bewijs().name().toLowerCase(Locale.ROOT)))));
        }
    }

    /** Which schools adopted the card and how it went; a KC records it for their own school. */
    private void toonAdopties() {
        adopties.removeAll();
        if (kaart.adopties().isEmpty() && kaart.mag().adopteren().isEmpty()) {
            return;
        }
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        adopties.add(new H3(getTranslation("platform.adoptie.titel")));
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        for (KaartDetails.Adoptie a : kaart.adopties()) {
            ListItem item = new ListItem(getTranslation("platform.adoptie.regel", a.schoolNaam(), datum.format(a.sinds()))
                    + (a.verslag() == null ? "" : ": " + a.verslag()));
            if (a.magVerslag()) {
                Button verslag = new Button(getTranslation("platform.adoptie.verslag"), e -> tekstDialoog("platform.adoptie.verslag",
                        "platform.adoptie.verslag-veld", PraktijkkaartService.MAX_OPMERKING,
                        (tekst, bevestigd) -> service.adoptieVerslag(kaartId, a.schoolId(), tekst, bevestigd)));
                verslag.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                verslag.addClassName("adoptie-verslag");
                item.add(verslag);
            }
            lijst.add(item);
        }
        adopties.add(lijst);
        kaart.mag().adopteren().forEach((school, naam) -> {
            Button adopteer = new Button(getTranslation("platform.adoptie.doen", naam), e -> Meldingen.opslaan(this, Map.of(), () -> {
                service.adopteren(kaartId, school);
                vernieuw();
            }));
            adopteer.addClassName("adoptie-doen");
            adopties.add(adopteer);
        });
    }

    /** "Bruikbaar?", always with a sentence. */
    private void toonFeedback() {
        feedback.removeAll();
        if (kaart.feedback().isEmpty() && !kaart.mag().feedback()) {
            return;
        }
        feedback.add(new H3(getTranslation("platform.feedback.titel")));
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        kaart.feedback().forEach(f -> lijst.add(new ListItem(getTranslation(f.bruikbaar() ? "platform.feedback.ja" : "platform.feedback.nee")
                + " · " + f.zin() + " (" + f.doorNaam() + ")")));
        feedback.add(lijst);
        if (kaart.mag().feedback()) {
            Button ja = new Button(getTranslation("platform.feedback.ja"), e -> tekstDialoog("platform.feedback.ja", "platform.feedback.zin",
                    PraktijkkaartService.MAX_FEEDBACK, (tekst, bevestigd) -> service.feedback(kaartId, true, tekst, bevestigd)));
            Button nee = new Button(getTranslation("platform.feedback.nee"), e -> tekstDialoog("platform.feedback.nee",
                    "platform.feedback.zin", PraktijkkaartService.MAX_FEEDBACK,
                    (tekst, bevestigd) -> service.feedback(kaartId, false, tekst, bevestigd)));
            ja.setId("feedback-ja");
            nee.setId("feedback-nee");
            Div knoppen = new Div(ja, nee);
            knoppen.addClassName("lt-invoer");
            feedback.add(knoppen);
        }
    }

    private interface TekstOpslaan {
        void opslaan(String tekst, boolean privacyBevestigd);
    }

    /** A short text with its own dialog, saved through the privacy guard. */
    private void tekstDialoog(String kopKey, String veldKey, int max, TekstOpslaan actie) {
        Dialog dialoog = new Dialog();
        dialoog.setHeaderTitle(getTranslation(kopKey));
        TextArea tekst = new TextArea(getTranslation(veldKey));
        tekst.setMaxLength(max);
        tekst.setWidthFull();
        tekst.setId("kaart-tekst-veld");
        Button opslaan = new Button(getTranslation("actie.opslaan"), e -> PrivacyOpslaan.opslaan(dialoog, Map.of("verslag", tekst,
                "zin", tekst), Map.of("verslag", tekst.getLabel(), "zin", tekst.getLabel()), bevestigd -> actie.opslaan(tekst.getValue(), bevestigd),
                () -> {
                    dialoog.close();
                    vernieuw();
                }));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("kaart-tekst-opslaan");
        dialoog.add(tekst);
        dialoog.getFooter().add(new Button(getTranslation("actie.annuleren"), e -> dialoog.close()), opslaan);
        dialoog.setWidth("min(32rem, 95vw)");
        dialoog.open();
    }

    private void deel(String key, String tekst) {
        if (tekst != null) {
            inhoud.add(new H3(getTranslation(key)), new Paragraph(tekst));
        }
    }

    private void terugsturenDialoog() {
        Dialog dialoog = new Dialog();
        dialoog.setHeaderTitle(getTranslation("platform.kaart.terugsturen"));
        TextArea opmerking = new TextArea(getTranslation("platform.kaart.opmerking-veld"));
        opmerking.setMaxLength(PraktijkkaartService.MAX_OPMERKING);
        opmerking.setWidthFull();
        opmerking.setId("kaart-opmerking-veld");
        Button sturen = new Button(getTranslation("platform.kaart.terugsturen"), e -> PrivacyOpslaan.opslaan(dialoog,
                Map.of("opmerking", opmerking), Map.of("opmerking", opmerking.getLabel()),
                bevestigd -> service.terugsturen(kaartId, opmerking.getValue(), kaart.version(), bevestigd), () -> {
                    dialoog.close();
                    vernieuw();
                }));
        sturen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sturen.setId("kaart-terugsturen-doen");
        dialoog.add(opmerking);
        dialoog.getFooter().add(new Button(getTranslation("actie.annuleren"), e -> dialoog.close()), sturen);
        dialoog.setWidth("min(32rem, 95vw)");
        dialoog.open();
    }

    private static void knop(Button knop, String key, String id, Runnable actie) {
        knop.setText(knop.getTranslation(key));
        knop.setId(id);
        knop.addClickListener(e -> actie.run());
    }

    @Override
    public String titel() {
        return titel.getText().isEmpty() ? getTranslation("platform.titel") : titel.getText();
    }
}
