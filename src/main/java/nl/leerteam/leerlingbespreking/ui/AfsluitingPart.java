package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Afsluiting;
import nl.leerteam.leerlingbespreking.Ronde;

/** The close: a word on what happens now, for the facilitator and for the others. */
final class AfsluitingPart extends Div {

    AfsluitingPart(Signal<Afsluiting> afsluiting) {
        Bijdragen.sectie(this, Ronde.AFSLUITING);
        Bijdragen.huidig(this, true);
        Paragraph tekst = new Paragraph();
        add(tekst);
        Parts.bind(this, afsluiting, nu -> tekst.setText(getTranslation(nu.ikLeid() ? "bespreking.afsluiting.voorzitter" : "bespreking.afsluiting")));
    }
}
