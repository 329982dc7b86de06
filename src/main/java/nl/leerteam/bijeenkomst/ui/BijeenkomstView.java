package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstIcs;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.BijeenkomstStatus;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.bijeenkomst.VerslagMarkdown;
import nl.leerteam.bijeenkomst.VerslagPdf;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.ui.CasusBespreking;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.RouteIds;
import nl.leerteam.shared.ui.Weergegeven;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A meeting, live: who is in it, the agenda with the item the facilitator is on, and per item the
 * notes, decisions and action items; a case on the agenda brings its discussion in rounds along.
 * Facilitator and note taker write; everyone sees it as it happens.
 */
@Route("bijeenkomsten/:bijeenkomstId")
@RolesAllowed({"LEERKRACHT", "KC"})
public class BijeenkomstView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final BijeenkomstService service;
    private final BesprekingService besprekingen;
    private final LiveUpdates live;
    private UUID bijeenkomstId;
    private UUID verbindingId;
    private BijeenkomstDetails details;
    private UUID gekozen;

    private final RouterLink terug = new RouterLink();
    final H2 titel = new H2();
    final Paragraph wanneer = new Paragraph();
    final Anchor link = new Anchor();
    final Span rollen = new Span();
    final AvatarGroup aanwezig = new AvatarGroup();
    final Button wijzigen = new Button();
    final Button starten = new Button();
    final Button afronden = new Button();
    final Div downloads = new Div();

    final OrderedList agenda = new OrderedList();
    final Select<AgendapuntSoort> nieuwSoort = new Select<>();
    /** Made when someone first puts a case on the agenda; most agenda items are topics. */
    ComboBox<BijeenkomstDetails.CasusKeuze> nieuwCasus;
    private List<BijeenkomstDetails.CasusKeuze> casussen = List.of();
    final TextField nieuwTitel = new TextField();
    final Button toevoegen = new Button();
    private final Div agendaInvoer = new Div();
    final Div openActiepunten = new Div();
    final Div voorstellen = new Div();

    final Div punt = new Div();
    // The note taker's and facilitator's fields, made when they first write: everyone else never needs them.
    TextArea notities;
    Button notitiesOpslaan;
    Span notitiesElders;
    private UUID notitiesVoor;
    private String notitiesBasis;
    private long notitiesVersion;
    TextField besluit;
    Button besluitToevoegen;
    TextField actiepunt;
    ComboBox<Persoon> actiepuntEigenaar;
    DatePicker actiepuntDeadline;
    Button actiepuntToevoegen;
    private CasusBespreking bespreking;
    private final H3 puntTitel = new H3();
    private final Div besprekingVak = new Div();
    private final Div puntRest = new Div();
    private final Weergegeven weergegeven = new Weergegeven();

    public BijeenkomstView(BijeenkomstService service, BesprekingService besprekingen, LiveUpdates live) {
        this.service = service;
        this.besprekingen = besprekingen;
        this.live = live;
        addClassNames("lt-page", "lt-bijeenkomst");
        wanneer.addClassName("lt-muted");
        rollen.addClassName("lt-muted");
        link.setTarget(AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.setId("bijeenkomst-link");
        aanwezig.setId("aanwezig");
        aanwezig.setMaxItemsVisible(8);
        aanwezig.setI18n(new AvatarGroup.AvatarGroupI18n().setAnonymous(getTranslation("bijeenkomst.anoniem"))
                .setOneActiveUser(getTranslation("bijeenkomst.aanwezig.een"))
                .setManyActiveUsers(getTranslation("bijeenkomst.aanwezig.meer")));

        knop(wijzigen, "bijeenkomst.wijzigen", VaadinIcon.EDIT, "bijeenkomst-wijzigen");
        wijzigen.addClickListener(e -> new BijeenkomstDialoog(details.plan(), details.leden(),
                (formulier, bevestigd) -> service.wijzigen(bijeenkomstId, formulier, bevestigd), this::vernieuw).open());
        knop(starten, "bijeenkomst.starten", VaadinIcon.PLAY, "bijeenkomst-starten");
        starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        starten.addClickListener(e -> actie(() -> service.starten(bijeenkomstId, details.version())));
        knop(afronden, "bijeenkomst.afronden", VaadinIcon.CHECK, "bijeenkomst-afronden");
        afronden.addClickListener(e -> actie(() -> service.afronden(bijeenkomstId, details.version())));
        downloads.addClassName("lt-invoer");

        Div kop = new Div(titel, aanwezig);
        kop.addClassName("lt-bespreking-kop");
        Div knoppen = new Div(starten, afronden, wijzigen, downloads);
        knoppen.addClassName("lt-invoer");

        agenda.addClassName("lt-agenda");
        agenda.setId("agenda");
        nieuwSoort.setItems(AgendapuntSoort.values());
        nieuwSoort.setItemLabelGenerator(s -> getTranslation("agendapunt.soort." + s.name().toLowerCase(Locale.ROOT)));
        nieuwSoort.setValue(AgendapuntSoort.ONDERWERP);
        nieuwSoort.setAriaLabel(getTranslation("agendapunt.soort"));
        nieuwSoort.addValueChangeListener(e -> toonAgendaInvoer());
        nieuwTitel.setPlaceholder(getTranslation("agendapunt.onderwerp"));
        nieuwTitel.setAriaLabel(getTranslation("agendapunt.onderwerp"));
        nieuwTitel.setMaxLength(BijeenkomstService.MAX_AGENDATITEL);
        nieuwTitel.setId("agendapunt-titel");
        knop(toevoegen, "agendapunt.toevoegen", VaadinIcon.PLUS, "agendapunt-toevoegen");
        toevoegen.addClickListener(e -> {
            Map<String, HasValidation> velden = nieuwCasus == null ? Map.of("titel", nieuwTitel)
                    : Map.of("titel", nieuwTitel, "casus", nieuwCasus);
            UUID casus = nieuwCasus == null || nieuwCasus.getValue() == null ? null : nieuwCasus.getValue().casusId();
            PrivacyOpslaan.opslaan(this, velden, Map.of("titel", getTranslation("agendapunt.onderwerp")),
                    bevestigd -> service.agendapuntToevoegen(bijeenkomstId, nieuwSoort.getValue(), casus, nieuwTitel.getValue(),
                            bevestigd), () -> {
                        nieuwTitel.clear();
                        if (nieuwCasus != null) {
                            nieuwCasus.clear();
                        }
                        vernieuw();
                    });
        });
        agendaInvoer.add(nieuwSoort, nieuwTitel, toevoegen);
        agendaInvoer.addClassName("lt-invoer");
        openActiepunten.setId("open-actiepunten");
        voorstellen.setId("voorstellen");

        punt.addClassName("lt-agendapunt");
        punt.setId("agendapunt");
        Div zijkant = new Div(new H3(getTranslation("bijeenkomst.agenda")), agenda, agendaInvoer, voorstellen,
                openActiepunten);
        zijkant.addClassName("lt-agenda-kolom");
        Div kolommen = new Div(zijkant, punt);
        kolommen.addClassName("lt-bijeenkomst-kolommen");
        add(terug, kop, wanneer, link, rollen, knoppen, kolommen);
        punt.add(puntTitel, besprekingVak, puntRest);
        LiveRefresh.bind(this, live, BijeenkomstService.LIVE_TOPIC, () -> bijeenkomstId, this::vernieuw);
        LiveRefresh.bind(this, live, BijeenkomstService.LIVE_TOPIC_AANWEZIG, () -> bijeenkomstId, this::vernieuwAanwezig);
    }

    public static RouteParameters parameters(UUID bijeenkomstId) {
        return new RouteParameters("bijeenkomstId", bijeenkomstId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bijeenkomstId = RouteIds.uit(event, "bijeenkomstId");
        toon(service.bijeenkomst(bijeenkomstId));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        verbindingId = UUID.randomUUID();
        service.binnenkomen(bijeenkomstId, verbindingId);
        if (attachEvent.isInitialAttach()) {
            // beforeEnter has just read who was there; now that includes this window's person
            LeerteamPrincipal ik = CurrentUser.require();
            List<Persoon> met = new ArrayList<>(details.aanwezig());
            if (met.stream().noneMatch(p -> p.id().equals(ik.gebruikerId()))) {
                met.add(new Persoon(ik.gebruikerId(), ik.naam()));
                met.sort(Comparator.comparing(Persoon::naam));
            }
            toonAanwezig(met);
        } else {
            vernieuw();
        }
        // Leaving may happen on a background thread (a closed window expires); it leaves as the person who came in.
        SecurityContext bezoeker = SecurityContextHolder.getContext();
        UUID verbinding = verbindingId;
        addDetachListener(detach -> {
            detach.unregisterListener();
            new DelegatingSecurityContextRunnable(() -> service.vertrekken(verbinding), bezoeker).run();
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        verbindingId = null;
    }

    void vernieuw() {
        toon(service.bijeenkomst(bijeenkomstId));
    }

    private void vernieuwAanwezig() {
        toonAanwezig(service.aanwezig(bijeenkomstId));
    }

    private void toonAanwezig(List<Persoon> personen) {
        if (weergegeven.veranderd("aanwezig", personen)) {
            aanwezig.setItems(personen.stream().map(p -> new AvatarGroup.AvatarGroupItem(p.naam())).toList());
        }
    }

    private void toon(BijeenkomstDetails nieuw) {
        details = nieuw;
        boolean open = nieuw.status() != BijeenkomstStatus.AFGEROND;
        terug.setText(getTranslation("bijeenkomst.terug", nieuw.leerteamNaam()));
        terug.setRoute(BijeenkomstenView.class, new RouteParameters(BijeenkomstenView.PARAMETER, nieuw.leerteamId().toString()));
        titel.setText(nieuw.plan().titel());
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        String plaats = nieuw.plan().plaats() == null ? getTranslation("bijeenkomst.online") : nieuw.plan().plaats();
        wanneer.setText(getTranslation("bijeenkomst.wanneer", datum.format(nieuw.plan().datum()), nieuw.plan().begintijd(),
                nieuw.plan().eindtijd(), plaats, getTranslation("bijeenkomst.status." + nieuw.status().name().toLowerCase(Locale.ROOT))));
        link.setVisible(nieuw.plan().onlineLink() != null);
        if (nieuw.plan().onlineLink() != null) {
            link.setHref(nieuw.plan().onlineLink());
            link.setText(getTranslation("bijeenkomst.online-deelnemen"));
        }
        rollen.setText(getTranslation("bijeenkomst.rollen", nieuw.voorzitterNaam(), nieuw.notulistNaam()));
        toonAanwezig(nieuw.aanwezig());
        wijzigen.setVisible(nieuw.ikBenLid() && open);
        starten.setVisible(nieuw.ikBenVoorzitter() && nieuw.status() == BijeenkomstStatus.GEPLAND);
        afronden.setVisible(nieuw.ikBenVoorzitter() && nieuw.status() == BijeenkomstStatus.BEZIG);
        if (weergegeven.veranderd("downloads", nieuw.plan().datum(), nieuw.leerteamNaam())) {
            toonDownloads(nieuw);
        }

        if (nieuw.status() == BijeenkomstStatus.BEZIG && nieuw.huidigAgendapuntId() != null) {
            gekozen = nieuw.huidigAgendapuntId();
        } else if (gekozen == null || nieuw.agenda().stream().noneMatch(p -> p.id().equals(gekozen))) {
            gekozen = nieuw.agenda().isEmpty() ? null : nieuw.agenda().getFirst().id();
        }
        if (weergegeven.veranderd("agenda", nieuw.agenda(), nieuw.huidigAgendapuntId(), gekozen, nieuw.ikBenLid(), nieuw.ikBenVoorzitter(),
                nieuw.status())) {
            toonAgenda(nieuw, open);
        }
        if (weergegeven.veranderd("casussen", nieuw.casussen())) {
            casussen = nieuw.casussen();
            if (nieuwCasus != null) {
                nieuwCasus.setItems(casussen);
            }
        }
        if (weergegeven.veranderd("actiepunten", nieuw.openActiepunten(), nieuw.ikBenLid())) {
            toonOpenActiepunten(nieuw);
        }
        if (weergegeven.veranderd("voorstellen", nieuw.voorstellen())) {
            toonVoorstellen(nieuw);
        }
        BijeenkomstDetails.Agendapunt p = nieuw.agenda().stream().filter(x -> x.id().equals(gekozen)).findFirst().orElse(null);
        if (weergegeven.veranderd("punt", p, nieuw.ikSchrijf(), open, nieuw.ikBenLid(), nieuw.leden(), nieuw.plan().datum())) {
            toonPunt(nieuw, p, open);
        }
    }

    private void toonAgenda(BijeenkomstDetails nieuw, boolean open) {
        agenda.removeAll();
        for (int i = 0; i < nieuw.agenda().size(); i++) {
            BijeenkomstDetails.Agendapunt p = nieuw.agenda().get(i);
            Button naam = new Button(p.titel(), e -> {
                if (nieuw.ikBenVoorzitter() && nieuw.status() == BijeenkomstStatus.BEZIG) {
                    actie(() -> service.naarAgendapunt(bijeenkomstId, p.id(), details.version()));
                } else {
                    gekozen = p.id();
                    toon(details);
                }
            });
            naam.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            naam.setIcon((p.soort() == AgendapuntSoort.CASUS ? VaadinIcon.USER : VaadinIcon.COMMENT_O).create());
            ListItem item = new ListItem(naam);
            item.getElement().getClassList().set("lt-huidig", p.id().equals(nieuw.huidigAgendapuntId()));
            item.getElement().getClassList().set("lt-gekozen", p.id().equals(gekozen));
            if (p.id().equals(nieuw.huidigAgendapuntId())) {
                item.getElement().setAttribute("aria-current", "step");
            }
            if (nieuw.ikBenLid() && open) {
                item.add(klein(VaadinIcon.ARROW_UP, "agendapunt.omhoog", i > 0, () -> service.agendapuntVerplaatsen(p.id(), true)),
                        klein(VaadinIcon.ARROW_DOWN, "agendapunt.omlaag", i < nieuw.agenda().size() - 1,
                                () -> service.agendapuntVerplaatsen(p.id(), false)),
                        klein(VaadinIcon.TRASH, "agendapunt.verwijderen", true,
                                () -> service.agendapuntVerwijderen(p.id(), p.version())));
            }
            agenda.add(item);
        }
        if (nieuw.agenda().isEmpty()) {
            agenda.add(new ListItem(getTranslation("bijeenkomst.agenda-leeg")));
        }
        agendaInvoer.setVisible(nieuw.ikBenLid() && open);
        toonAgendaInvoer();
    }

    private void toonAgendaInvoer() {
        boolean casus = nieuwSoort.getValue() == AgendapuntSoort.CASUS;
        if (casus && nieuwCasus == null) {
            nieuwCasus = new ComboBox<>();
            nieuwCasus.setItemLabelGenerator(c -> getTranslation("casus.titel", c.pseudoniem(), c.groep()));
            nieuwCasus.setPlaceholder(getTranslation("agendapunt.kies-casus"));
            nieuwCasus.setAriaLabel(getTranslation("agendapunt.kies-casus"));
            nieuwCasus.setItems(casussen);
            agendaInvoer.addComponentAtIndex(1, nieuwCasus);
        }
        if (nieuwCasus != null) {
            nieuwCasus.setVisible(casus);
        }
        nieuwTitel.setVisible(!casus);
    }

    private void toonOpenActiepunten(BijeenkomstDetails nieuw) {
        openActiepunten.removeAll();
        if (nieuw.openActiepunten().isEmpty()) {
            return;
        }
        openActiepunten.add(new H4(getTranslation("bijeenkomst.open-actiepunten")));
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        for (BijeenkomstDetails.Actiepunt a : nieuw.openActiepunten()) {
            Checkbox gedaan = new Checkbox(actiepuntTekst(a), a.afgerond());
            gedaan.setReadOnly(!nieuw.ikBenLid());
            gedaan.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    actie(() -> service.actiepuntAfvinken(a.id(), e.getValue(), bijeenkomstId, a.version()));
                }
            });
            lijst.add(new ListItem(gedaan));
        }
        openActiepunten.add(lijst);
    }

    private void toonVoorstellen(BijeenkomstDetails nieuw) {
        voorstellen.removeAll();
        if (nieuw.voorstellen().isEmpty()) {
            return;
        }
        voorstellen.add(new H4(getTranslation("bijeenkomst.voorstellen")));
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        for (BijeenkomstDetails.Voorstel v : nieuw.voorstellen()) {
            Span door = new Span(v.doorNaam());
            door.addClassName("lt-bijdrage-auteur");
            Button opAgenda = new Button(getTranslation("bijeenkomst.voorstel-op-agenda"),
                    e -> actie(() -> service.voorstelOpAgenda(bijeenkomstId, v.id())));
            opAgenda.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ListItem item = new ListItem(new Span(v.titel()), door, opAgenda);
            if (v.toelichting() != null) {
                Span toelichting = new Span(v.toelichting());
                toelichting.addClassName("lt-antwoord");
                item.add(toelichting);
            }
            lijst.add(item);
        }
        voorstellen.add(lijst);
    }

    /** The chosen item; its case discussion stays in the page as long as the case is chosen, however the rest changes. */
    private void toonPunt(BijeenkomstDetails nieuw, BijeenkomstDetails.Agendapunt p, boolean open) {
        puntRest.removeAll();
        UUID casus = p != null && p.soort() == AgendapuntSoort.CASUS ? p.casusId() : null;
        if (casus == null) {
            bespreking = null;
            besprekingVak.removeAll();
        } else if (bespreking == null || !bespreking.getId().orElse("").equals("bespreking-" + casus)) {
            bespreking = new CasusBespreking(casus, besprekingen, live);
            bespreking.setId("bespreking-" + casus);
            besprekingVak.removeAll();
            besprekingVak.add(bespreking);
        }
        puntTitel.setVisible(p != null);
        if (p == null) {
            puntRest.add(new Paragraph(getTranslation(nieuw.ikBenLid() ? "bijeenkomst.agenda-leeg.lid" : "bijeenkomst.agenda-leeg")));
            return;
        }
        puntTitel.setText(p.titel());
        boolean schrijf = nieuw.ikSchrijf() && open;
        puntRest.add(new H4(getTranslation("agendapunt.notities")));
        if (schrijf) {
            schrijfvelden();
            String opServer = p.notities() == null ? "" : p.notities();
            boolean eigenWijziging = p.id().equals(notitiesVoor) && !Objects.equals(notities.getValue(), notitiesBasis);
            notitiesElders.setVisible(eigenWijziging && !Objects.equals(opServer, notitiesBasis));
            notitiesElders.setText(getTranslation("agendapunt.notities-elders"));
            if (!eigenWijziging) {
                notities.setValue(opServer);
                notitiesBasis = opServer;
                notitiesVersion = p.version();
                notitiesVoor = p.id();
            }
            puntRest.add(notities, notitiesElders, notitiesOpslaan);
        } else {
            Paragraph tekst = new Paragraph(p.notities() == null ? getTranslation("agendapunt.geen-notities") : p.notities());
            tekst.addClassName("lt-casus-tekst");
            tekst.setId("notities-tekst");
            puntRest.add(tekst);
        }

        puntRest.add(new H4(getTranslation("agendapunt.besluiten")));
        UnorderedList besluiten = new UnorderedList();
        besluiten.addClassName("lt-bijdragen");
        besluiten.setId("besluiten");
        p.besluiten().forEach(b -> {
            ListItem item = new ListItem(new Span(b.tekst()));
            if (schrijf) {
                item.add(klein(VaadinIcon.TRASH, "agendapunt.besluit-verwijderen", true, () -> service.besluitVerwijderen(b.id())));
            }
            besluiten.add(item);
        });
        puntRest.add(besluiten);
        if (schrijf) {
            puntRest.add(rij(besluit, besluitToevoegen));
        }

        puntRest.add(new H4(getTranslation("agendapunt.actiepunten")));
        UnorderedList acties = new UnorderedList();
        acties.addClassName("lt-bijdragen");
        acties.setId("actiepunten");
        p.actiepunten().forEach(a -> acties.add(new ListItem(actiepuntTekst(a))));
        puntRest.add(acties);
        if (schrijf) {
            actiepuntEigenaar.setItems(nieuw.leden());
            if (actiepuntDeadline.getValue() == null) {
                actiepuntDeadline.setValue(nieuw.plan().datum().plusWeeks(2));
            }
            puntRest.add(rij(actiepunt, actiepuntEigenaar, actiepuntDeadline, actiepuntToevoegen));
        }
    }

    /** The fields to write notes, decisions and action items with, made the first time someone writes. */
    private void schrijfvelden() {
        if (notities != null) {
            return;
        }
        notities = new TextArea();
        notitiesOpslaan = new Button();
        notitiesElders = new Span();
        besluit = new TextField();
        besluitToevoegen = new Button();
        actiepunt = new TextField();
        actiepuntEigenaar = new ComboBox<>();
        actiepuntDeadline = new DatePicker();
        actiepuntToevoegen = new Button();
        notities.setLabel(getTranslation("agendapunt.notities"));
        notities.setMaxLength(BijeenkomstService.MAX_NOTITIES);
        notities.setWidthFull();
        notities.setMinRows(4);
        notities.setId("notities");
        notitiesElders.addClassName("lt-te-evalueren");
        knop(notitiesOpslaan, "agendapunt.notities-opslaan", VaadinIcon.CHECK, "notities-opslaan");
        notitiesOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("notities", notities),
                Map.of("notities", notities.getLabel()),
                bevestigd -> service.notitiesOpslaan(notitiesVoor, notities.getValue(), notitiesVersion, bevestigd), () -> {
                    notitiesVoor = null;
                    Meldingen.succes(this, "agendapunt.notities-opgeslagen");
                    vernieuw();
                }));
        besluit.setLabel(getTranslation("agendapunt.besluit"));
        besluit.setMaxLength(BijeenkomstService.MAX_BESLUIT);
        besluit.setId("besluit");
        knop(besluitToevoegen, "agendapunt.besluit-toevoegen", VaadinIcon.PLUS, "besluit-toevoegen");
        besluitToevoegen.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("besluit", besluit),
                Map.of("besluit", besluit.getLabel()), bevestigd -> service.besluitToevoegen(gekozen, besluit.getValue(), bevestigd),
                () -> {
                    besluit.clear();
                    vernieuw();
                }));
        actiepunt.setLabel(getTranslation("agendapunt.actiepunt"));
        actiepunt.setMaxLength(BijeenkomstService.MAX_ACTIEPUNT);
        actiepunt.setId("actiepunt");
        actiepuntEigenaar.setLabel(getTranslation("agendapunt.wie"));
        actiepuntEigenaar.setItemLabelGenerator(Persoon::naam);
        actiepuntEigenaar.setId("actiepunt-eigenaar");
        actiepuntDeadline.setLabel(getTranslation("agendapunt.wanneer"));
        actiepuntDeadline.setId("actiepunt-deadline");
        knop(actiepuntToevoegen, "agendapunt.actiepunt-toevoegen", VaadinIcon.PLUS, "actiepunt-toevoegen");
        Map<String, HasValidation> actieVelden = Map.of("actiepunt", actiepunt, "eigenaar", actiepuntEigenaar,
                "deadline", actiepuntDeadline);
        actiepuntToevoegen.addClickListener(e -> PrivacyOpslaan.opslaan(this, actieVelden,
                Map.of("actiepunt", actiepunt.getLabel()), bevestigd -> service.actiepuntToevoegen(gekozen, actiepunt.getValue(),
                        actiepuntEigenaar.getValue() == null ? null : actiepuntEigenaar.getValue().id(),
                        actiepuntDeadline.getValue(), bevestigd), () -> {
                    actiepunt.clear();
                    vernieuw();
                }));
    }

    private void toonDownloads(BijeenkomstDetails nieuw) {
        downloads.removeAll();
        Locale locale = getLocale();
        String bestand = nieuw.plan().datum() + "-" + nieuw.leerteamNaam().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT);
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
                    byte[] pdf = VerslagPdf.van(service.bijeenkomst(bijeenkomstId), locale, (k, a) -> getTranslation(locale, k, a));
                    return new DownloadResponse(new ByteArrayInputStream(pdf), bestand + "-verslag.pdf", "application/pdf", pdf.length);
                })),
                download("bijeenkomst.verslag-md", VaadinIcon.FILE_CODE, "download-md", DownloadHandler.fromInputStream(e -> {
                    byte[] md = VerslagMarkdown.van(service.bijeenkomst(bijeenkomstId), locale, (k, a) -> getTranslation(locale, k, a))
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(new ByteArrayInputStream(md), bestand + "-verslag.md", "text/markdown; charset=utf-8",
                            md.length);
                })));
    }

    private Anchor download(String key, VaadinIcon icoon, String id, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(key));
        anchor.addComponentAsFirst(icoon.create());
        anchor.setId(id);
        anchor.addClassName("lt-download");
        return anchor;
    }

    private String actiepuntTekst(BijeenkomstDetails.Actiepunt a) {
        return getTranslation("bijeenkomst.actiepunt", a.tekst(), a.eigenaarNaam(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).format(a.deadline()));
    }

    private Button klein(VaadinIcon icoon, String key, boolean enabled, Runnable actie) {
        Button knop = new Button(icoon.create(), e -> actie(actie));
        knop.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        knop.setAriaLabel(getTranslation(key));
        knop.setTooltipText(getTranslation(key));
        knop.setEnabled(enabled);
        return knop;
    }

    private void actie(Runnable actie) {
        Meldingen.opslaan(this, Map.of(), actie);
        vernieuw();
    }

    private void knop(Button knop, String key, VaadinIcon icoon, String id) {
        knop.setText(getTranslation(key));
        knop.setIcon(icoon.create());
        knop.setId(id);
    }

    private static Div rij(com.vaadin.flow.component.Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("bijeenkomst.link") : details.plan().titel();
    }
}
