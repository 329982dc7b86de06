package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** An empty state: what is not there yet, and what to do about it. */
public class LeegTekst extends Div {

    public LeegTekst(String titel, String watNu, Component... acties) {
        addClassName("lt-empty");
        Span kop = new Span(titel);
        kop.addClassName("lt-empty-title");
        add(kop, new Paragraph(watNu));
        add(acties);
    }
}
