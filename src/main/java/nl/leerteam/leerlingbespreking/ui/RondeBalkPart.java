package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.leerlingbespreking.BesprekingPagina.RondeBalk;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.ui.Aftelklok;

import java.time.Duration;
import java.time.Instant;

/**
 * The rounds of a discussion with the current one marked, its countdown (ticking in the browser) and
 * who leads; the facilitator's buttons to move on, give more time and close.
 */
final class RondeBalkPart extends Div {

    final OrderedList rondes = new OrderedList();
    final Aftelklok klok = new Aftelklok();
    final Span voorzitter = new Span();
    // The buttons are made when the reader first may use them: most readers never lead.
    Button starten;
    Button vorige;
    Button volgende;
    Button verlengen;
    Button afronden;
    private final Div knoppen = new Div();
    private final BesprekingActies acties;
    private final Signal<RondeBalk> balk;

    RondeBalkPart(Signal<RondeBalk> balk, BesprekingActies acties) {
        for (Ronde ronde : Ronde.values()) {
            ListItem item = new ListItem(getTranslation(Bijdragen.rondeKey(ronde)));
            item.getElement().setAttribute("data-ronde", ronde.name());
            rondes.add(item);
        }
        rondes.addClassName("lt-rondes");
        rondes.getElement().setAttribute("aria-label", getTranslation("bespreking.rondes"));
        klok.setId("aftelklok");
        klok.getElement().setAttribute("aria-label", getTranslation("bespreking.resterend"));
        voorzitter.addClassName("lt-muted");
        this.acties = acties;
        this.balk = balk;
        Div kop = new Div(new H3(getTranslation("bespreking.titel")), klok, voorzitter);
        kop.addClassName("lt-bespreking-kop");
        knoppen.addClassName("lt-invoer");
        add(kop, rondes, knoppen);
        // The round and its countdown stay in view while people scroll through the contributions.
        addClassName("lt-rondebalk");
        Parts.bind(this, balk, this::toon);
    }

    private void toon(RondeBalk b) {
        Ronde huidig = b.ronde();
        rondes.getChildren().forEach(item -> {
            Element element = item.getElement();
            Ronde ronde = Ronde.valueOf(element.getAttribute("data-ronde"));
            element.getClassList().set("lt-huidig", ronde == huidig);
            element.getClassList().set("lt-geweest", huidig != null && ronde.ordinal() < huidig.ordinal());
            if (ronde == huidig) {
                element.setAttribute("aria-current", "step");
            } else {
                element.removeAttribute("aria-current");
            }
        });
        rondes.setVisible(b.begonnen());
        klok.setVisible(b.lopend());
        if (b.lopend()) {
            klok.zet(Duration.between(Instant.now(), b.rondeEinde()), true);
        }
        voorzitter.setText(b.begonnen() ? getTranslation(b.lopend() ? "bespreking.voorzitter" : "bespreking.afgerond",
                b.voorzitterNaam()) : "");
        if (b.kanStarten() && starten == null) {
            starten = knop("bespreking.starten", VaadinIcon.PLAY, "bespreking-starten",
                    () -> acties.service().starten(acties.pagina().get().casusId()));
            starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            knoppen.addComponentAsFirst(starten);
        }
        if (starten != null) {
            starten.setVisible(b.kanStarten());
            starten.setText(getTranslation(b.begonnen() ? "bespreking.opnieuw" : "bespreking.starten"));
        }
        if (b.ikLeid() && vorige == null) {
            leiden();
        }
        if (vorige != null) {
            vorige.setVisible(b.ikLeid());
            vorige.setEnabled(b.ikLeid() && huidig != Ronde.INBRENG);
            volgende.setVisible(b.ikLeid() && huidig != Ronde.AFSLUITING);
            verlengen.setVisible(b.ikLeid());
            afronden.setVisible(b.ikLeid());
        }
    }

    /** The facilitator's buttons: back, on, more time, close. */
    private void leiden() {
        var service = acties.service();
        vorige = knop("bespreking.vorige", VaadinIcon.ARROW_LEFT, "ronde-vorige",
                () -> service.naarRonde(acties.besprekingId(), balk.peek().ronde().vorige(), acties.version()));
        volgende = knop("bespreking.volgende", VaadinIcon.ARROW_RIGHT, "ronde-volgende",
                () -> service.naarRonde(acties.besprekingId(), balk.peek().ronde().volgende(), acties.version()));
        volgende.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verlengen = knop("bespreking.verlengen", VaadinIcon.TIMER, "ronde-verlengen",
                () -> service.verlengen(acties.besprekingId(), acties.version()));
        afronden = knop("bespreking.afronden", VaadinIcon.CHECK, "bespreking-afronden",
                () -> service.afronden(acties.besprekingId(), acties.version()));
        knoppen.add(vorige, volgende, verlengen, afronden);
    }

    private Button knop(String key, VaadinIcon icoon, String id, Runnable actie) {
        Button knop = new Button(getTranslation(key), icoon.create());
        knop.setId(id);
        knop.addClickListener(e -> acties.doe(this, actie));
        return knop;
    }
}
