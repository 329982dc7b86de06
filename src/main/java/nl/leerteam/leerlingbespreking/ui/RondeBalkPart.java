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
    final Button starten = new Button();
    final Button vorige = new Button();
    final Button volgende = new Button();
    final Button verlengen = new Button();
    final Button afronden = new Button();

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
        var service = acties.service();
        knop(starten, "bespreking.starten", VaadinIcon.PLAY, "bespreking-starten", acties,
                () -> service.starten(acties.pagina().get().casusId()));
        starten.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        knop(vorige, "bespreking.vorige", VaadinIcon.ARROW_LEFT, "ronde-vorige", acties,
                () -> service.naarRonde(acties.besprekingId(), balk.peek().ronde().vorige(), acties.version()));
        knop(volgende, "bespreking.volgende", VaadinIcon.ARROW_RIGHT, "ronde-volgende", acties,
                () -> service.naarRonde(acties.besprekingId(), balk.peek().ronde().volgende(), acties.version()));
        volgende.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        knop(verlengen, "bespreking.verlengen", VaadinIcon.TIMER, "ronde-verlengen", acties,
                () -> service.verlengen(acties.besprekingId(), acties.version()));
        knop(afronden, "bespreking.afronden", VaadinIcon.CHECK, "bespreking-afronden", acties,
                () -> service.afronden(acties.besprekingId(), acties.version()));

        Div kop = new Div(new H3(getTranslation("bespreking.titel")), klok, voorzitter);
        kop.addClassName("lt-bespreking-kop");
        Div knoppen = new Div(starten, vorige, volgende, verlengen, afronden);
        knoppen.addClassName("lt-invoer");
        add(kop, rondes, knoppen);
        Signal.effect(this, () -> toon(balk.get()));
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
        starten.setVisible(b.kanStarten());
        starten.setText(getTranslation(b.begonnen() ? "bespreking.opnieuw" : "bespreking.starten"));
        vorige.setVisible(b.ikLeid());
        vorige.setEnabled(b.ikLeid() && huidig != Ronde.INBRENG);
        volgende.setVisible(b.ikLeid() && huidig != Ronde.AFSLUITING);
        verlengen.setVisible(b.ikLeid());
        afronden.setVisible(b.ikLeid());
    }

    private void knop(Button knop, String key, VaadinIcon icoon, String id, BesprekingActies acties, Runnable actie) {
        knop.setText(getTranslation(key));
        knop.setIcon(icoon.create());
        knop.setId(id);
        knop.addClickListener(e -> acties.doe(this, actie));
    }
}
