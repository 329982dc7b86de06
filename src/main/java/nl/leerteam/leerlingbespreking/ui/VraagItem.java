package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Vraag;
import nl.leerteam.leerlingbespreking.BesprekingService;

import java.util.Map;

/**
 * One question with its author and the owner's answer; for the owner, a field to answer it that
 * keeps what they type while others add questions around it.
 */
final class VraagItem extends ListItem {

    private final Text tekst = new Text("");
    private final Span auteur = new Span();
    private final Signal<VragenPart.Regel> regel;
    private Span antwoord;
    private Div antwoordRij;
    private TextField antwoordVeld;

    VraagItem(Signal<VragenPart.Regel> regel, BesprekingActies acties) {
        this.regel = regel;
        auteur.addClassName("lt-bijdrage-auteur");
        addClassName("lt-bijdrage");
        add(tekst, auteur);
        Signal.effect(this, () -> toon(regel.get(), acties));
    }

    private void toon(VragenPart.Regel nu, BesprekingActies acties) {
        Vraag v = nu.vraag();
        tekst.setText(v.tekst());
        auteur.setText(v.auteurNaam());
        if (v.antwoord() != null) {
            if (antwoord == null) {
                antwoord = new Span();
                antwoord.addClassName("lt-antwoord");
                addComponentAtIndex(2, antwoord);
            }
            antwoord.setText(v.antwoord());
        }
        if (nu.antwoordt() && antwoordRij == null) {
            antwoordRij = antwoordInvoer(v, acties);
            add(antwoordRij);
        }
        if (antwoordRij != null) {
            antwoordRij.setVisible(nu.antwoordt());
            String key = v.antwoord() == null ? "bespreking.antwoord" : "bespreking.antwoord-anders";
            antwoordVeld.setPlaceholder(getTranslation(key));
            antwoordVeld.setAriaLabel(getTranslation(key));
        }
    }

    /**
     * The owner's answer field. It empties once the answer is sent, as every field of the discussion does: the answer
     * then stands under the question, and what is typed again replaces it.
     */
    private Div antwoordInvoer(Vraag v, BesprekingActies acties) {
        antwoordVeld = new TextField();
        TextField veld = antwoordVeld;
        veld.setMaxLength(BesprekingService.MAX_ANTWOORD);
        veld.addClassName("lt-antwoord-veld");
        Button beantwoorden = new Button(getTranslation("bespreking.beantwoorden"));
        Runnable stuur = () -> acties.bewaar(this, Map.of("antwoord", veld),
                Map.of("antwoord", getTranslation("bespreking.antwoord")),
                bevestigd -> acties.service().beantwoorden(v.id(), veld.getValue(), regel.peek().vraag().version(), bevestigd),
                veld::clear);
        beantwoorden.addClickListener(e -> stuur.run());
        veld.addKeyPressListener(Key.ENTER, e -> stuur.run());
        return Bijdragen.rij(veld, beantwoorden);
    }
}
