package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.BezoekStatus;
import nl.leerteam.klassenbezoek.KijkwijzerInhoud;
import nl.leerteam.klassenbezoek.KijkwijzerSamenvatting;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.klassenbezoek.Waarneming;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One classroom visit, step by step: voorgesprek, observation (a tablet form that saves as the
 * observer works), nagesprek with the teacher's own reflection, and the close. Only the teacher and
 * the observer ever get here.
 */
@Route("klassenbezoeken/:bezoekId")
@RolesAllowed({"LEERKRACHT", "KC"})
public class KlassenbezoekView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final KlassenbezoekService service;
    private final KijkwijzerService kijkwijzers;
    private UUID bezoekId;
    private BezoekDetails bezoek;

    final H2 titel = new H2();
    final Paragraph wie = new Paragraph();
    final OrderedList stappen = new OrderedList();
    final Div stap = new Div();

    final DatePicker datum = new DatePicker();
    final TextArea leervraag = new TextArea();
    final TextField les = new TextField();
    final Select<Integer> groep = new Select<>();
    final Select<KijkwijzerSamenvatting> kijkwijzer = new Select<>();
    final CheckboxGroup<KijkwijzerInhoud.Criterium> focus = new CheckboxGroup<>();
    final Button voorgesprekOpslaan = new Button();
    final Button observatieStarten = new Button();

    final List<Waarnemingsveld> waarnemingen = new ArrayList<>();
    final TextField snelleNotitie = new TextField();
    final Button notitieToevoegen = new Button();
    final Span opgeslagen = new Span();
    final Button naarNagesprek = new Button();

    final TextArea watGingGoed = new TextArea();
    final TextArea feedforward = new TextArea();
    final TextArea ontwikkeldoel = new TextArea();
    final Button nagesprekOpslaan = new Button();
    final TextArea reflectie = new TextArea();
    final Button reflectieOpslaan = new Button();
    final DatePicker vervolg = new DatePicker();
    final Button afronden = new Button();

    final Select<LeerteamSamenvatting> deelLeerteam = new Select<>();
    final TextField deelTitel = new TextField();
    final TextArea deelTekst = new TextArea();
    final Button delen = new Button();
    private final OrganisatieService organisatie;

    public KlassenbezoekView(KlassenbezoekService service, KijkwijzerService kijkwijzers, OrganisatieService organisatie) {
        this.service = service;
        this.organisatie = organisatie;
        this.kijkwijzers = kijkwijzers;
        addClassNames("lt-page", "lt-bezoek");
        wie.addClassName("lt-muted");
        stappen.addClassName("lt-rondes");
        for (BezoekStatus s : BezoekStatus.values()) {
            ListItem item = new ListItem(getTranslation("bezoek.status." + s.name().toLowerCase(Locale.ROOT)));
            item.getElement().setAttribute("data-stap", s.name());
            stappen.add(item);
        }

        datum.setLabel(getTranslation("bijeenkomst.datum"));
        leervraag.setLabel(getTranslation("bezoek.leervraag"));
        leervraag.setHelperText(getTranslation("bezoek.leervraag.uitleg"));
        leervraag.setMaxLength(KlassenbezoekService.MAX_LEERVRAAG);
        leervraag.setWidthFull();
        leervraag.setId("leervraag");
        les.setLabel(getTranslation("bezoek.les"));
        les.setMaxLength(KlassenbezoekService.MAX_LES);
        groep.setLabel(getTranslation("casus.groep"));
        groep.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        groep.setItemLabelGenerator(g -> getTranslation("casus.groep.waarde", g));
        groep.setEmptySelectionAllowed(true);
        kijkwijzer.setLabel(getTranslation("kijkwijzer.menu"));
        kijkwijzer.setItemLabelGenerator(KijkwijzerSamenvatting::naam);
        kijkwijzer.addValueChangeListener(e -> {
            // Only a choice on screen resets the focus; showing a saved voorgesprek sets both itself.
            if (e.isFromClient()) {
                toonCriteria(e.getValue(), List.of());
            }
        });
        focus.setLabel(getTranslation("bezoek.focus", KlassenbezoekService.MAX_FOCUS));
        focus.setItemLabelGenerator(KijkwijzerInhoud.Criterium::tekst);
        focus.setId("focus");
        focus.addClassName("lt-focus");
        knop(voorgesprekOpslaan, "bezoek.voorgesprek-opslaan", VaadinIcon.CHECK, "voorgesprek-opslaan");
        voorgesprekOpslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        voorgesprekOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("leervraag", leervraag, "les", les, "datum", datum, "groep", groep, "kijkwijzer", kijkwijzer, "focus", focus),
                Map.of("leervraag", leervraag.getLabel(), "les", les.getLabel()),
                bevestigd -> service.voorgesprek(bezoekId, new Voorgesprek(datum.getValue(), leervraag.getValue(), les.getValue(),
                        groep.getValue(), kijkwijzer.getValue() == null ? null : kijkwijzer.getValue().versieId(),
                        focus.getValue().stream().map(KijkwijzerInhoud.Criterium::id).toList(), bezoek.version()), bevestigd),
                () -> {
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    laad();
                }));
        knop(observatieStarten, "bezoek.observatie-starten", VaadinIcon.EYE, "observatie-starten");
        observatieStarten.addClickListener(e -> actie(() -> service.observatieStarten(bezoekId, bezoek.version())));

        snelleNotitie.setLabel(getTranslation("bezoek.snelle-notitie"));
        snelleNotitie.setMaxLength(KlassenbezoekService.MAX_SNELLE_NOTITIE);
        snelleNotitie.setId("snelle-notitie");
        knop(notitieToevoegen, "bezoek.notitie-toevoegen", VaadinIcon.CLOCK, "notitie-toevoegen");
        Runnable notitie = () -> PrivacyOpslaan.opslaan(this, Map.of("tekst", snelleNotitie),
                Map.of("tekst", snelleNotitie.getLabel()), bevestigd -> service.snelleNotitie(bezoekId, snelleNotitie.getValue(), bevestigd),
                () -> {
                    snelleNotitie.clear();
                    laad();
                });
        notitieToevoegen.addClickListener(e -> notitie.run());
        snelleNotitie.addKeyPressListener(Key.ENTER, e -> notitie.run());
        opgeslagen.addClassName("lt-muted");
        opgeslagen.setId("opgeslagen");
        knop(naarNagesprek, "bezoek.naar-nagesprek", VaadinIcon.ARROW_RIGHT, "naar-nagesprek");
        naarNagesprek.addClickListener(e -> actie(() -> service.naarNagesprek(bezoekId, bezoek.version())));

        tekst(watGingGoed, "bezoek.wat-ging-goed", KlassenbezoekService.MAX_TEKST, "wat-ging-goed");
        tekst(feedforward, "bezoek.feedforward", KlassenbezoekService.MAX_TEKST, "feedforward");
        tekst(ontwikkeldoel, "bezoek.ontwikkeldoel", KlassenbezoekService.MAX_DOEL, "ontwikkeldoel");
        knop(nagesprekOpslaan, "bezoek.nagesprek-opslaan", VaadinIcon.CHECK, "nagesprek-opslaan");
        nagesprekOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("watGingGoed", watGingGoed, "feedforward", feedforward, "ontwikkeldoel", ontwikkeldoel),
                Map.of("watGingGoed", watGingGoed.getLabel(), "feedforward", feedforward.getLabel(), "ontwikkeldoel", ontwikkeldoel.getLabel()),
                bevestigd -> service.nagesprek(bezoekId, watGingGoed.getValue(), feedforward.getValue(), ontwikkeldoel.getValue(),
                        bezoek.version(), bevestigd), () -> {
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    laad();
                }));
        tekst(reflectie, "bezoek.reflectie", KlassenbezoekService.MAX_TEKST, "reflectie");
        reflectie.setHelperText(getTranslation("bezoek.reflectie.uitleg"));
        knop(reflectieOpslaan, "bezoek.reflectie-opslaan", VaadinIcon.CHECK, "reflectie-opslaan");
        reflectieOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("reflectie", reflectie),
                Map.of("reflectie", reflectie.getLabel()),
                bevestigd -> service.reflectie(bezoekId, reflectie.getValue(), bezoek.version(), bevestigd), () -> {
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    laad();
                }));
        vervolg.setLabel(getTranslation("bezoek.vervolg"));
        vervolg.setHelperText(getTranslation("bezoek.vervolg.uitleg"));
        vervolg.setClearButtonVisible(true);
        knop(afronden, "bezoek.afronden", VaadinIcon.FLAG_CHECKERED, "bezoek-afronden");
        afronden.addClickListener(e -> {
            UUID[] nieuw = new UUID[1];
            if (Meldingen.opslaan(this, Map.of("datum", vervolg), () -> nieuw[0] = service.afronden(bezoekId, vervolg.getValue(),
                    bezoek.version()))) {
                Meldingen.succes(this, nieuw[0] == null ? "bezoek.afgerond" : "bezoek.afgerond-met-vervolg");
            }
            laad();
        });

        deelLeerteam.setLabel(getTranslation("bezoek.delen.leerteam"));
        deelLeerteam.setItemLabelGenerator(LeerteamSamenvatting::naam);
        deelTitel.setLabel(getTranslation("bezoek.delen.titel"));
        deelTitel.setMaxLength(200);
        deelTitel.setWidthFull();
        deelTitel.setId("delen-titel");
        tekst(deelTekst, "bezoek.delen.tekst", 2000, "delen-tekst");
        deelTekst.setHelperText(getTranslation("bezoek.delen.uitleg"));
        knop(delen, "bezoek.delen", VaadinIcon.SHARE, "bezoek-delen");
        delen.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("leerteam", deelLeerteam, "titel", deelTitel, "toelichting", deelTekst),
                Map.of("titel", deelTitel.getLabel(), "toelichting", deelTekst.getLabel()),
                bevestigd -> service.delen(bezoekId, deelLeerteam.getValue() == null ? null : deelLeerteam.getValue().id(),
                        deelTitel.getValue(), deelTekst.getValue(), bevestigd), () -> {
                    deelTitel.clear();
                    deelTekst.clear();
                    Meldingen.succes(this, "bezoek.gedeeld");
                }));
        add(new RouterLink(getTranslation("bezoek.terug"), KlassenbezoekenView.class), titel, wie, stappen, stap);
    }

    public static RouteParameters parameters(UUID bezoekId) {
        return new RouteParameters("bezoekId", bezoekId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bezoekId = RouteIds.uit(event, "bezoekId");
        laad();
    }

    void laad() {
        toon(service.bezoek(bezoekId));
    }

    private void toon(BezoekDetails b) {
        bezoek = b;
        DateTimeFormatter lang = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        titel.setText(getTranslation(b.ikBenLeerkracht() ? "bezoek.titel-bij-mij" : "bezoek.titel-bij", b.ikBenLeerkracht()
                ? b.observatorNaam() : b.leerkrachtNaam()));
        wie.setText(getTranslation("bezoek.wie-wanneer", lang.format(b.datum()), b.leerkrachtNaam(), b.observatorNaam(),
                getTranslation("bezoek.soort." + b.soort().name().toLowerCase(Locale.ROOT))));
        stappen.getChildren().forEach(item -> {
            BezoekStatus s = BezoekStatus.valueOf(item.getElement().getAttribute("data-stap"));
            item.getElement().getClassList().set("lt-huidig", s == b.status());
            item.getElement().getClassList().set("lt-geweest", s.ordinal() < b.status().ordinal());
        });
        stap.removeAll();
        switch (b.status()) {
            case GEPLAND, VOORGESPREK -> toonVoorgesprek(b);
            case OBSERVATIE -> toonObservatie(b);
            case NAGESPREK -> toonNagesprek(b);
            case AFGEROND -> toonAfgerond(b);
        }
    }

    private void toonVoorgesprek(BezoekDetails b) {
        stap.add(new H3(getTranslation("bezoek.status.voorgesprek")));
        datum.setValue(b.datum());
        leervraag.setValue(leeg(b.leervraag()));
        les.setValue(leeg(b.les()));
        groep.setValue(b.groep());
        List<KijkwijzerSamenvatting> lijst = kijkwijzers.kijkwijzers();
        kijkwijzer.setItems(lijst);
        KijkwijzerSamenvatting gekozen = lijst.stream().filter(k -> k.versieId().equals(b.kijkwijzerVersieId())).findFirst()
                .orElse(lijst.isEmpty() ? null : lijst.getFirst());
        kijkwijzer.setValue(gekozen);
        toonCriteria(gekozen, b.focus().stream().map(BezoekDetails.Focus::criteriumId).toList());
        Div velden = new Div(datum, les, groep);
        velden.addClassName("lt-invoer");
        stap.add(leervraag, velden, kijkwijzer, focus, rij(voorgesprekOpslaan));
        if (b.ikBenObservator() && b.status() == BezoekStatus.VOORGESPREK) {
            stap.add(rij(observatieStarten));
        } else if (b.ikBenLeerkracht()) {
            stap.add(new Paragraph(getTranslation("bezoek.voorgesprek.leerkracht")));
        }
    }

    private void toonCriteria(KijkwijzerSamenvatting gekozen, List<UUID> aangevinkt) {
        if (gekozen == null) {
            focus.setItems(List.of());
            return;
        }
        KijkwijzerInhoud inhoud = kijkwijzers.kijkwijzer(gekozen.id(), null).inhoud();
        List<KijkwijzerInhoud.Criterium> alle = new ArrayList<>();
        inhoud.domeinen().forEach(d -> d.criteria().forEach(c -> alle.add(new KijkwijzerInhoud.Criterium(c.id(),
                d.naam() + " · " + c.tekst(), c.toelichting()))));
        focus.setItems(alle);
        focus.setValue(new LinkedHashSet<>(alle.stream().filter(c -> aangevinkt.contains(c.id())).toList()));
    }

    private void toonObservatie(BezoekDetails b) {
        stap.add(new H3(getTranslation("bezoek.status.observatie")));
        stap.add(new Paragraph(getTranslation("bezoek.leervraag-was", b.leervraag())));
        if (!b.ikBenObservator()) {
            stap.add(new Paragraph(getTranslation("bezoek.observatie.leerkracht", b.observatorNaam())));
            return;
        }
        waarnemingen.clear();
        for (BezoekDetails.Focus f : b.focus()) {
            Waarnemingsveld veld = new Waarnemingsveld(f);
            waarnemingen.add(veld);
            stap.add(veld);
        }
        stap.add(new H4(getTranslation("bezoek.snelle-notities")), notitieLijst(b), rij(snelleNotitie, notitieToevoegen), opgeslagen,
                rij(naarNagesprek));
    }

    private void toonNagesprek(BezoekDetails b) {
        stap.add(new H3(getTranslation("bezoek.status.nagesprek")), new Paragraph(getTranslation("bezoek.leervraag-was", b.leervraag())),
                samenvatting(b));
        watGingGoed.setValue(leeg(b.watGingGoed()));
        feedforward.setValue(leeg(b.feedforward()));
        ontwikkeldoel.setValue(leeg(b.ontwikkeldoel()));
        reflectie.setValue(leeg(b.reflectie()));
        for (TextArea veld : List.of(watGingGoed, feedforward, ontwikkeldoel)) {
            veld.setReadOnly(!b.ikBenObservator());
        }
        reflectie.setReadOnly(!b.ikBenLeerkracht());
        stap.add(watGingGoed, feedforward, ontwikkeldoel);
        if (b.ikBenObservator()) {
            stap.add(rij(nagesprekOpslaan));
        }
        stap.add(reflectie);
        if (b.ikBenLeerkracht()) {
            stap.add(rij(reflectieOpslaan));
        }
        stap.add(rij(vervolg, afronden));
    }

    private void toonAfgerond(BezoekDetails b) {
        stap.add(new H3(getTranslation("bezoek.status.afgerond")), new Paragraph(getTranslation("bezoek.leervraag-was", b.leervraag())),
                samenvatting(b));
        blok("bezoek.wat-ging-goed", b.watGingGoed());
        blok("bezoek.feedforward", b.feedforward());
        blok("bezoek.ontwikkeldoel", b.ontwikkeldoel());
        blok("bezoek.reflectie", b.reflectie());
        List<LeerteamSamenvatting> teams = b.ikBenLeerkracht() ? organisatie.mijnOverzicht().mijnLeerteams() : List.of();
        if (!teams.isEmpty()) {
            deelLeerteam.setItems(teams);
            deelLeerteam.setValue(teams.getFirst());
            stap.add(new H3(getTranslation("bezoek.delen.kop")), deelLeerteam, deelTitel, deelTekst, rij(delen));
        }
    }

    private Component samenvatting(BezoekDetails b) {
        Div blok = new Div();
        for (BezoekDetails.Focus f : b.focus()) {
            Span waarde = new Span(f.waarneming() == null ? getTranslation("bezoek.niet-ingevuld")
                    : getTranslation("waarneming." + f.waarneming().name().toLowerCase(Locale.ROOT)));
            waarde.getElement().getThemeList().add("badge");
            Paragraph notitie = new Paragraph(leeg(f.notitie()));
            notitie.addClassName("lt-casus-tekst");
            blok.add(new H4(f.tekst()), waarde, notitie);
        }
        blok.add(new H4(getTranslation("bezoek.snelle-notities")), notitieLijst(b));
        return blok;
    }

    private Component notitieLijst(BezoekDetails b) {
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        lijst.setId("snelle-notities");
        DateTimeFormatter tijd = DateTimeFormatter.ofPattern("HH:mm");
        b.notities().forEach(n -> {
            Span wanneer = new Span(tijd.format(n.tijdstip().atZone(Tijdzone.SCHOOL)));
            wanneer.addClassName("lt-bijdrage-auteur");
            lijst.add(new ListItem(wanneer, new Span(" " + n.tekst())));
        });
        return lijst;
    }

    private void blok(String key, String tekst) {
        if (tekst != null) {
            Paragraph alinea = new Paragraph(tekst);
            alinea.addClassName("lt-casus-tekst");
            stap.add(new H4(getTranslation(key)), alinea);
        }
    }

    /**
     * One focus criterion on the observation form: seen, partly, not seen or not applicable, and a
     * note. Every choice and every pause in typing is saved at once.
     */
    final class Waarnemingsveld extends Div {

        final BezoekDetails.Focus criterium;
        final RadioButtonGroup<Waarneming> waarneming = new RadioButtonGroup<>();
        final TextArea notitie = new TextArea();

        Waarnemingsveld(BezoekDetails.Focus f) {
            this.criterium = f;
            addClassNames("lt-card", "lt-waarneming");
            waarneming.setItems(Waarneming.values());
            waarneming.setItemLabelGenerator(w -> getTranslation("waarneming." + w.name().toLowerCase(Locale.ROOT)));
            waarneming.setValue(f.waarneming());
            waarneming.setAriaLabel(f.tekst());
            notitie.setPlaceholder(getTranslation("bezoek.notitie"));
            notitie.setAriaLabel(getTranslation("bezoek.notitie"));
            notitie.setMaxLength(KlassenbezoekService.MAX_TEKST);
            notitie.setValue(leeg(f.notitie()));
            notitie.setWidthFull();
            // A pause of a second in typing saves: closing the tablet loses at most that second.
            notitie.setValueChangeMode(ValueChangeMode.TIMEOUT);
            notitie.setValueChangeTimeout(1000);
            Span domein = new Span(f.domein());
            domein.addClassName("lt-muted");
            add(domein, new H4(f.tekst()), waarneming, notitie);
            waarneming.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    bewaar();
                }
            });
            notitie.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    bewaar();
                }
            });
        }

        void bewaar() {
            PrivacyOpslaan.opslaan(KlassenbezoekView.this, Map.of("notitie", notitie), Map.of("notitie", criterium.tekst()),
                    bevestigd -> service.waarnemen(bezoekId, criterium.criteriumId(), waarneming.getValue(), notitie.getValue(), bevestigd),
                    () -> opgeslagen.setText(getTranslation("bezoek.opgeslagen-om",
                            DateTimeFormatter.ofPattern("HH:mm:ss").format(LocalTime.now(Tijdzone.SCHOOL)))));
        }
    }

    private void actie(Runnable actie) {
        Meldingen.opslaan(this, Map.of(), actie);
        laad();
    }

    private void knop(Button knop, String key, VaadinIcon icoon, String id) {
        knop.setText(getTranslation(key));
        knop.setIcon(icoon.create());
        knop.setId(id);
    }

    private void tekst(TextArea veld, String key, int max, String id) {
        veld.setLabel(getTranslation(key));
        veld.setMaxLength(max);
        veld.setWidthFull();
        veld.setId(id);
    }

    private static Div rij(Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }

    private static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }

    @Override
    public String getPageTitle() {
        return titel.getText().isEmpty() ? getTranslation("bezoek.menu") : titel.getText();
    }
}
