package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.BesprekingStand;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.leerlingbespreking.CasusStatus;
import nl.leerteam.leerlingbespreking.Factor;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.Aftelklok;
import nl.leerteam.shared.ui.Bijhouden;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Weergegeven;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The format, live, for one case: the rounds with the current one marked and its countdown, and
 * what everybody added so far, with a way to add to the current round. It follows what others do
 * through live updates, so it can sit on a case page or inside a meeting. Fields keep what someone
 * is typing while the rest refreshes around them.
 */
public class CasusBespreking extends Div {

    private final UUID casusId;
    private final BesprekingService service;
    private BesprekingStand stand;

    final OrderedList rondes = new OrderedList();
    final Aftelklok klok = new Aftelklok();
    final Span voorzitter = new Span();
    final Button starten = new Button();
    final Button vorige = new Button();
    final Button volgende = new Button();
    final Button verlengen = new Button();
    final Button afronden = new Button();
    final Div secties = new Div();

    final TextField vraag = new TextField();
    final Button vraagStellen = new Button();
    final Select<Factor> factorSoort = new Select<>();
    final TextField factor = new TextField();
    final Button factorToevoegen = new Button();
    final TextField idee = new TextField();
    final Button ideeToevoegen = new Button();
    final Button eigenAfspraak = new Button();
    private final Map<UUID, TextField> antwoorden = new HashMap<>();

    // The parts a refresh updates in place, so that the browser only receives what changed.
    private final Paragraph nogNiet = leeg("bespreking.nog-niet");
    private final Map<Ronde, Div> rondeSecties = new EnumMap<>(Ronde.class);
    private final Div inbreng = new Div();
    private final Paragraph geenVragen = leeg("bespreking.geen-vragen");
    private final UnorderedList vragenLijst = lijst("vragen");
    private final Bijhouden<BesprekingStand.Vraag, Boolean> vragen =
            new Bijhouden<>(vragenLijst, BesprekingStand.Vraag::id, this::vraag);
    private final Div vraagRij = rij(vraag, vraagStellen);
    private final Div factorVakken = new Div();
    private final Map<Factor, Bijhouden<BesprekingStand.FactorRegel, Void>> factoren = new EnumMap<>(Factor.class);
    private final Div factorRij = rij(factorSoort, factor, factorToevoegen);
    private final Paragraph geenIdeeen = leeg("bespreking.geen-ideeen");
    private final UnorderedList ideeenLijst = lijst("ideeen");
    private final Bijhouden<BesprekingStand.Idee, Boolean> ideeen =
            new Bijhouden<>(ideeenLijst, BesprekingStand.Idee::id, this::idee);
    private final Div ideeRij = rij(idee, ideeToevoegen);
    private final Div afspraken = new Div();
    private final Weergegeven weergegeven = new Weergegeven();
    private final Paragraph afsluiting = new Paragraph();

    public CasusBespreking(UUID casusId, BesprekingService service, LiveUpdates live) {
        this.casusId = casusId;
        this.service = service;
        addClassName("lt-bespreking");
        setId("bespreking");

        for (Ronde ronde : Ronde.values()) {
            ListItem item = new ListItem(getTranslation(rondeKey(ronde)));
            item.getElement().setAttribute("data-ronde", ronde.name());
            rondes.add(item);
        }
        rondes.addClassName("lt-rondes");
        rondes.getElement().setAttribute("aria-label", getTranslation("bespreking.rondes"));
        klok.setId("aftelklok");
        klok.getElement().setAttribute("aria-label", getTranslation("bespreking.resterend"));
        voorzitter.addClassName("lt-muted");

        knop(starten, "bespreking.starten", VaadinIcon.PLAY, "bespreking-starten", () -> service.starten(casusId));
        starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        knop(vorige, "bespreking.vorige", VaadinIcon.ARROW_LEFT, "ronde-vorige",
                () -> service.naarRonde(lopend().id(), lopend().ronde().vorige(), lopend().version()));
        knop(volgende, "bespreking.volgende", VaadinIcon.ARROW_RIGHT, "ronde-volgende",
                () -> service.naarRonde(lopend().id(), lopend().ronde().volgende(), lopend().version()));
        volgende.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        knop(verlengen, "bespreking.verlengen", VaadinIcon.TIMER, "ronde-verlengen",
                () -> service.verlengen(lopend().id(), lopend().version()));
        knop(afronden, "bespreking.afronden", VaadinIcon.CHECK, "bespreking-afronden",
                () -> service.afronden(lopend().id(), lopend().version()));

        invoer(vraag, "bespreking.vraag", BesprekingService.MAX_BIJDRAGE, "vraag-tekst");
        invoerKnop(vraagStellen, "bespreking.vraag-stellen", "vraag-stellen", vraag,
                bevestigd -> service.vraagStellen(lopend().id(), vraag.getValue(), bevestigd));
        factorSoort.setLabel(getTranslation("bespreking.factor-soort"));
        factorSoort.setItems(Factor.values());
        factorSoort.setItemLabelGenerator(f -> getTranslation(factorKey(f)));
        factorSoort.setValue(Factor.KIND_STIMULEREND);
        factorSoort.setId("factor-soort");
        invoer(factor, "bespreking.factor", BesprekingService.MAX_BIJDRAGE, "factor-tekst");
        invoerKnop(factorToevoegen, "bespreking.factor-toevoegen", "factor-toevoegen", factor,
                bevestigd -> service.factorToevoegen(lopend().id(), factorSoort.getValue(), factor.getValue(), bevestigd));
        invoer(idee, "bespreking.idee", BesprekingService.MAX_BIJDRAGE, "idee-tekst");
        invoerKnop(ideeToevoegen, "bespreking.idee-toevoegen", "idee-toevoegen", idee,
                bevestigd -> service.ideeToevoegen(lopend().id(), idee.getValue(), bevestigd));
        eigenAfspraak.setText(getTranslation("bespreking.eigen-afspraak"));
        eigenAfspraak.setIcon(VaadinIcon.PLUS.create());
        eigenAfspraak.setId("eigen-afspraak");
        eigenAfspraak.addClickListener(e -> afspraakDialoog(null, ""));

        Div kop = new Div(new H3(getTranslation("bespreking.titel")), klok, voorzitter);
        kop.addClassName("lt-bespreking-kop");
        Div knoppen = new Div(starten, vorige, volgende, verlengen, afronden);
        knoppen.addClassName("lt-invoer");
        add(kop, rondes, knoppen, secties);
        secties.add(nogNiet);
        inbreng.addClassName("lt-casus");
        factorVakken.addClassName("lt-factoren");
        for (Factor f : Factor.values()) {
            UnorderedList lijst = lijst("factoren-" + f.name().toLowerCase(Locale.ROOT));
            factoren.put(f, new Bijhouden<>(lijst, BesprekingStand.FactorRegel::id, (r, niets) -> bijdrage(r.tekst(), r.auteurNaam())));
            factorVakken.add(new Div(new Span(getTranslation(factorKey(f))), lijst));
        }

        LiveRefresh.bind(this, live, CasusService.LIVE_TOPIC, casusId, this::vernieuw);
        addAttachListener(e -> {
            if (stand == null) {
                toon(service.openen(casusId));
            } else {
                vernieuw();
            }
        });
    }

    /** Reads the discussion again, as after a live update. */
    public void vernieuw() {
        toon(service.stand(casusId));
    }

    BesprekingStand stand() {
        return stand;
    }

    private BesprekingStand.Bespreking lopend() {
        return stand.bespreking();
    }

    private void toon(BesprekingStand nieuw) {
        stand = nieuw;
        BesprekingStand.Bespreking b = nieuw.bespreking();
        boolean lopend = nieuw.lopend();
        boolean open = nieuw.casusStatus() != CasusStatus.GESLOTEN;
        Ronde huidig = lopend ? b.ronde() : null;
        rondes.getChildren().forEach(item -> {
            Ronde ronde = Ronde.valueOf(item.getElement().getAttribute("data-ronde"));
            item.getElement().getClassList().set("lt-huidig", ronde == huidig);
            item.getElement().getClassList().set("lt-geweest", huidig != null && ronde.ordinal() < huidig.ordinal());
            if (ronde == huidig) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
        });
        rondes.setVisible(b != null);
        klok.setVisible(lopend);
        if (lopend) {
            klok.zet(b.resterend(), true);
        }
        voorzitter.setText(b == null ? "" : getTranslation(lopend ? "bespreking.voorzitter" : "bespreking.afgerond",
                b.voorzitterNaam()));
        boolean leid = lopend && b.ikBenVoorzitter();
        starten.setVisible(!lopend && open && nieuw.ikBenLid());
        starten.setText(getTranslation(b == null ? "bespreking.starten" : "bespreking.opnieuw"));
        vorige.setVisible(leid);
        vorige.setEnabled(leid && huidig != Ronde.INBRENG);
        volgende.setVisible(leid && huidig != Ronde.AFSLUITING);
        verlengen.setVisible(leid);
        afronden.setVisible(leid);

        nogNiet.setVisible(b == null);
        Ronde tot = b == null ? null : lopend ? huidig : Ronde.AFSLUITING;
        for (Ronde ronde : Ronde.values()) {
            boolean zichtbaar = tot != null && ronde.ordinal() <= tot.ordinal()
                    && (ronde != Ronde.AFSLUITING || huidig == Ronde.AFSLUITING);
            // A round nobody reached yet costs no memory in the session.
            Div sectie = zichtbaar ? sectie(ronde) : rondeSecties.get(ronde);
            if (sectie != null) {
                sectie.setVisible(zichtbaar);
                sectie.getElement().getClassList().set("lt-huidig", ronde == huidig);
            }
        }
        if (b == null) {
            return;
        }
        boolean eigenaarAntwoordt = nieuw.ikBenEigenaar() && lopend && open;
        if (weergegeven.veranderd("casus", nieuw.casus())) {
            inbreng.removeAll();
            inbreng(inbreng, nieuw.casus());
        }
        antwoorden.keySet().retainAll(nieuw.vragen().stream().map(BesprekingStand.Vraag::id).toList());
        vragen.toon(nieuw.vragen(), eigenaarAntwoordt);
        geenVragen.setVisible(nieuw.vragen().isEmpty());
        vragenLijst.setVisible(!nieuw.vragen().isEmpty());
        vraagRij.setVisible(huidig == Ronde.VRAGEN && open);
        for (Factor f : Factor.values()) {
            factoren.get(f).toon(nieuw.factoren().stream().filter(r -> r.factor() == f).toList(), null);
        }
        factorRij.setVisible(huidig == Ronde.ANALYSE && open);
        boolean kiezen = eigenaarAntwoordt && (huidig == Ronde.AFSPRAKEN || huidig == Ronde.AFSLUITING);
        ideeen.toon(nieuw.ideeen(), kiezen);
        geenIdeeen.setVisible(nieuw.ideeen().isEmpty());
        ideeenLijst.setVisible(!nieuw.ideeen().isEmpty());
        ideeRij.setVisible(huidig == Ronde.IDEEEN && open);
        boolean maken = open && nieuw.ikBenEigenaar() && (huidig == Ronde.AFSPRAKEN || huidig == Ronde.AFSLUITING);
        if (weergegeven.veranderd("afspraken", nieuw.afspraken(), maken)) {
            afspraken.removeAll();
            afspraken.add(AfspraakLijst.van(this, nieuw.afspraken()));
            if (maken) {
                afspraken.add(new Paragraph(getTranslation("bespreking.kies-uitleg")), eigenAfspraak);
            }
        }
        afsluiting.setText(getTranslation(b.ikBenVoorzitter() ? "bespreking.afsluiting.voorzitter" : "bespreking.afsluiting"));
    }

    /** The section of a round, made once: a refresh changes what is in it, not the section itself. */
    private Div sectie(Ronde ronde) {
        return rondeSecties.computeIfAbsent(ronde, r -> {
            Div sectie = new Div(new H4(getTranslation(rondeKey(r))));
            sectie.add(switch (r) {
                case INBRENG -> inbreng;
                case VRAGEN -> new Div(geenVragen, vragenLijst, vraagRij);
                case ANALYSE -> new Div(factorVakken, factorRij);
                case IDEEEN -> new Div(geenIdeeen, ideeenLijst, ideeRij);
                case AFSPRAKEN -> afspraken;
                case AFSLUITING -> afsluiting;
            });
            sectie.addClassName("lt-bespreking-sectie");
            sectie.getElement().setAttribute("data-ronde", r.name());
            int eerder = (int) rondeSecties.keySet().stream().filter(x -> x.ordinal() < r.ordinal()).count();
            secties.addComponentAtIndex(1 + eerder, sectie);
            return sectie;
        });
    }

    private void inbreng(Div inbreng, CasusFormulier casus) {
        regel(inbreng, "casus.hulpvraag", casus.hulpvraag());
        regel(inbreng, "casus.wat-zie-ik", casus.watZieIk());
        regel(inbreng, "casus.al-geprobeerd", casus.alGeprobeerd());
        regel(inbreng, "casus.wat-gaat-goed", casus.watGaatGoed());
        regel(inbreng, "casus.wat-belemmert", casus.watBelemmert());
    }

    private void regel(Div blok, String labelKey, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            Paragraph alinea = new Paragraph(tekst);
            alinea.addClassName("lt-casus-tekst");
            blok.add(new Span(getTranslation(labelKey)), alinea);
        }
    }

    private Component vraag(BesprekingStand.Vraag v, boolean eigenaarAntwoordt) {
        ListItem item = bijdrage(v.tekst(), v.auteurNaam());
        if (v.antwoord() != null) {
            Span antwoord = new Span(v.antwoord());
            antwoord.addClassName("lt-antwoord");
            item.add(antwoord);
        }
        if (eigenaarAntwoordt) {
            item.add(antwoordInvoer(v));
        }
        return item;
    }

    private Component antwoordInvoer(BesprekingStand.Vraag v) {
        TextField veld = antwoorden.computeIfAbsent(v.id(), id -> {
            TextField nieuw = new TextField();
            nieuw.setMaxLength(BesprekingService.MAX_ANTWOORD);
            nieuw.setPlaceholder(getTranslation("bespreking.antwoord"));
            nieuw.setAriaLabel(getTranslation("bespreking.antwoord"));
            nieuw.addClassName("lt-antwoord-veld");
            if (v.antwoord() != null) {
                nieuw.setValue(v.antwoord());
            }
            return nieuw;
        });
        Button beantwoorden = new Button(getTranslation("bespreking.beantwoorden"));
        beantwoorden.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("antwoord", veld),
                Map.of("antwoord", getTranslation("bespreking.antwoord")),
                bevestigd -> service.beantwoorden(v.id(), veld.getValue(), v.version(), bevestigd), this::vernieuw));
        return rij(veld, beantwoorden);
    }

    private Component idee(BesprekingStand.Idee i, boolean kiezen) {
        ListItem item = bijdrage(i.tekst(), i.auteurNaam());
        if (i.gekozen()) {
            Span gekozen = new Span(getTranslation("bespreking.gekozen"));
            gekozen.getElement().getThemeList().add("badge success");
            item.add(gekozen);
        } else if (kiezen) {
            Button kies = new Button(getTranslation("bespreking.kies"), e -> afspraakDialoog(i.id(), i.tekst()));
            kies.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(kies);
        }
        return item;
    }

    private void afspraakDialoog(UUID ideeId, String tekst) {
        new AfspraakDialoog(tekst, (afspraak, datum, bevestigd) ->
                service.afspraakMaken(lopend().id(), ideeId, afspraak, datum, bevestigd), this::vernieuw).open();
    }

    private ListItem bijdrage(String tekst, String auteur) {
        Span door = new Span(auteur);
        door.addClassName("lt-bijdrage-auteur");
        // The text as a bare text node: one element less per contribution, in every viewer's page.
        ListItem item = new ListItem(new Text(tekst), door);
        item.addClassName("lt-bijdrage");
        return item;
    }

    private UnorderedList lijst(String id) {
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        lijst.setId(id);
        return lijst;
    }

    private Paragraph leeg(String key) {
        Paragraph leeg = new Paragraph(getTranslation(key));
        leeg.addClassName("lt-muted");
        return leeg;
    }

    private static Div rij(Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }

    private void knop(Button knop, String key, VaadinIcon icoon, String id, Runnable actie) {
        knop.setText(getTranslation(key));
        knop.setIcon(icoon.create());
        knop.setId(id);
        knop.addClickListener(e -> {
            // Refreshed either way: after a refusal (someone else moved on), the current state is what helps.
            Meldingen.opslaan(this, Map.of(), actie);
            vernieuw();
        });
    }

    private void invoer(TextField veld, String key, int max, String id) {
        veld.setLabel(getTranslation(key));
        veld.setMaxLength(max);
        veld.setId(id);
    }

    private void invoerKnop(Button knop, String key, String id, TextField veld, Consumer<Boolean> opslaan) {
        knop.setText(getTranslation(key));
        knop.setIcon(VaadinIcon.PLUS.create());
        knop.setId(id);
        Map<String, HasValidation> velden = Map.of("tekst", veld);
        Runnable bewaar = () -> PrivacyOpslaan.opslaan(this, velden, Map.of("tekst", veld.getLabel()), opslaan, () -> {
            veld.clear();
            vernieuw();
        });
        knop.addClickListener(e -> bewaar.run());
        veld.addKeyPressListener(Key.ENTER, e -> bewaar.run());
    }

    static String rondeKey(Ronde ronde) {
        return "ronde." + ronde.name().toLowerCase(Locale.ROOT);
    }

    static String factorKey(Factor factor) {
        return "factor." + factor.name().toLowerCase(Locale.ROOT);
    }

    List<String> rondeTitels() {
        return secties.getChildren().filter(Component::isVisible).map(c -> c.getElement().getAttribute("data-ronde"))
                .filter(java.util.Objects::nonNull).toList();
    }
}
