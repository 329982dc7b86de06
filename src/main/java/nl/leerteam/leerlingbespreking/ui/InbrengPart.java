package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Inbreng;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.Ronde;

/** The first round: the case as its owner brought it in. */
final class InbrengPart extends Div {

    private final Div casus = new Div();

    InbrengPart(Signal<Inbreng> inbreng) {
        Bijdragen.sectie(this, Ronde.INBRENG);
        casus.addClassName("lt-casus");
        add(casus);
        Parts.bind(this, inbreng, nu -> toon(nu));
    }

    private void toon(Inbreng inbreng) {
        Bijdragen.huidig(this, inbreng.huidig());
        CasusFormulier c = inbreng.casus();
        casus.removeAll();
        regel("casus.hulpvraag", c.hulpvraag());
        regel("casus.wat-zie-ik", c.watZieIk());
        regel("casus.al-geprobeerd", c.alGeprobeerd());
        regel("casus.wat-gaat-goed", c.watGaatGoed());
        regel("casus.wat-belemmert", c.watBelemmert());
    }

    private void regel(String labelKey, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            Paragraph alinea = new Paragraph(tekst);
            alinea.addClassName("lt-casus-tekst");
            casus.add(new Span(getTranslation(labelKey)), alinea);
        }
    }
}
