package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.leerlingbespreking.BerichtSoort;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.EscalatieStand;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Meldingen;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The case's way to the KC: the owner's question, the KC's questions and advice with the owner's
 * answers, and the next step the KC records.
 */
class EscalatiePart extends Div {

    private EscalatieStand stand;

    // The forms are made for the owner and the KC when they first need them: most readers only read.
    TextArea vraag;
    Button escaleren;
    Paragraph nietMogelijk;
    Select<BerichtSoort> berichtSoort;
    TextArea bericht;
    Button versturen;
    VervolgstapInvoer vervolgstap;
    private final Div inhoud = new Div();
    private final UUID casusId;
    /** The case's pseudonym, offered in place of a name the privacy check finds. */
    private final String pseudoniem;
    private final EscalatieService service;
    private final Runnable gewijzigd;

    EscalatiePart(UUID casusId, String pseudoniem, EscalatieService service, Runnable gewijzigd) {
        this.casusId = casusId;
        this.pseudoniem = pseudoniem;
        this.service = service;
        this.gewijzigd = gewijzigd;
        setId("escalatie");
        add(new H3(getTranslation("escalatie.titel")), inhoud);
    }

    /** The owner's question to the KC. */
    private void escalerenVelden() {
        if (vraag != null) {
            return;
        }
        vraag = new TextArea();
        escaleren = new Button();
        nietMogelijk = new Paragraph();
        vraag.setLabel(getTranslation("escalatie.vraag"));
        vraag.setHelperText(getTranslation("escalatie.vraag.uitleg"));
        vraag.setMaxLength(EscalatieService.MAX_TEKST);
        vraag.setWidthFull();
        vraag.setId("escalatie-vraag");
        escaleren.setText(getTranslation("escalatie.escaleren"));
        escaleren.setIcon(VaadinIcon.USER_CHECK.create());
        escaleren.setId("escaleren");
        escaleren.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("vraag", vraag),
                Map.of("vraag", vraag.getLabel()), pseudoniem, bevestigd -> service.escaleren(casusId, vraag.getValue(), bevestigd), () -> {
                    vraag.clear();
                    Meldingen.succes(this, "escalatie.verstuurd");
                    gewijzigd.run();
                }));
        nietMogelijk.addClassName("lt-muted");
    }

    /** The KC's questions and advice, and the owner's answers. */
    private void berichtVelden() {
        if (bericht != null) {
            return;
        }
        berichtSoort = new Select<>();
        bericht = new TextArea();
        versturen = new Button();
        berichtSoort.setLabel(getTranslation("escalatie.bericht-soort"));
        berichtSoort.setItemLabelGenerator(s -> getTranslation(berichtKey(s)));
        bericht.setLabel(getTranslation("escalatie.bericht"));
        bericht.setMaxLength(EscalatieService.MAX_TEKST);
        bericht.setWidthFull();
        bericht.setId("escalatie-bericht");
        versturen.setText(getTranslation("escalatie.versturen"));
        versturen.setId("escalatie-versturen");
        versturen.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("tekst", bericht),
                Map.of("tekst", bericht.getLabel()), pseudoniem,
                bevestigd -> service.bericht(laatste().id(), berichtSoort.getValue(), bericht.getValue(), bevestigd), () -> {
                    bericht.clear();
                    gewijzigd.run();
                }));
    }

    void toon(EscalatieStand nieuw) {
        stand = nieuw;
        inhoud.removeAll();
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (EscalatieStand.Escalatie e : nieuw.escalaties()) {
            Div blok = new Div();
            blok.addClassName("lt-card");
            blok.add(new Span(getTranslation("escalatie.gesteld-op", datum.format(e.geescaleerdOp().atZone(Tijdzone.SCHOOL)))));
            Paragraph vraagTekst = new Paragraph(e.vraag());
            vraagTekst.addClassName("lt-casus-tekst");
            blok.add(vraagTekst);
            UnorderedList berichten = new UnorderedList();
            berichten.addClassName("lt-bijdragen");
            for (EscalatieStand.Bericht b : e.berichten()) {
                Span soort = new Span(getTranslation(berichtKey(b.soort())));
                soort.getElement().getThemeList().add("badge");
                Span door = new Span(b.auteurNaam());
                door.addClassName("lt-bijdrage-auteur");
                berichten.add(new ListItem(soort, new Span(" " + b.tekst()), door));
            }
            blok.add(berichten);
            boolean laatste = e.equals(nieuw.escalaties().getLast());
            // The conversation goes on after the KC's next step, as long as the case is open: the owner answers the advice.
            if (laatste && nieuw.casusOpen()) {
                blok.add(berichtInvoer(nieuw));
            }
            if (e.open()) {
                if (nieuw.ikBenKc()) {
                    if (vervolgstap == null) {
                        vervolgstap = new VervolgstapInvoer(service, this::laatste, gewijzigd);
                    }
                    blok.add(vervolgstap);
                }
            } else {
                String stap = getTranslation("vervolgstap." + e.vervolgstap().name().toLowerCase(Locale.ROOT));
                if (e.verwijzing() != null) {
                    stap = stap + " (" + getTranslation("verwijzing." + e.verwijzing().name().toLowerCase(Locale.ROOT)) + ")";
                }
                Paragraph besluit = new Paragraph(getTranslation("escalatie.besloten", stap,
                        datum.format(e.vervolgstapDatum()), e.kcNaam()));
                besluit.setId("vervolgstap-besluit");
                blok.add(besluit);
                if (laatste) {
                    for (nl.leerteam.leerlingbespreking.Vervolgen.Vervolg v : nieuw.vervolgen()) {
                        com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(v.pad(),
                                getTranslation(v.labelKey(), datum.format(v.datum())));
                        link.getElement().setAttribute("router-link", true);
                        link.addClassName("lt-vervolg");
                        blok.add(new Paragraph(link));
                    }
                }
            }
            inhoud.add(blok);
        }
        boolean loopt = nieuw.escalaties().stream().anyMatch(EscalatieStand.Escalatie::open);
        if (nieuw.ikBenEigenaar() && !loopt) {
            escalerenVelden();
            boolean mag = nieuw.escalerenGeweigerd() == null;
            nietMogelijk.setText(mag ? "" : getTranslation(nieuw.escalerenGeweigerd()));
            nietMogelijk.setVisible(!mag);
            vraag.setEnabled(mag);
            escaleren.setEnabled(mag);
            inhoud.add(nietMogelijk, vraag, escaleren);
        } else if (nieuw.escalaties().isEmpty()) {
            Paragraph geen = new Paragraph(getTranslation("escalatie.geen"));
            geen.addClassName("lt-muted");
            inhoud.add(geen);
        }
    }

    private Div berichtInvoer(EscalatieStand nieuw) {
        Div rij = new Div();
        rij.addClassName("lt-invoer");
        if (nieuw.ikBenKc() || nieuw.ikBenEigenaar()) {
            berichtVelden();
        }
        if (nieuw.ikBenKc()) {
            berichtSoort.setItems(BerichtSoort.VRAAG, BerichtSoort.ADVIES);
            berichtSoort.setValue(BerichtSoort.VRAAG);
            rij.add(berichtSoort, bericht, versturen);
        } else if (nieuw.ikBenEigenaar()) {
            berichtSoort.setItems(BerichtSoort.ANTWOORD);
            berichtSoort.setValue(BerichtSoort.ANTWOORD);
            rij.add(bericht, versturen);
        }
        return rij;
    }

    private EscalatieStand.Escalatie laatste() {
        return stand.escalaties().getLast();
    }

    static String berichtKey(BerichtSoort soort) {
        return "bericht." + soort.name().toLowerCase(Locale.ROOT);
    }
}
