package nl.leerteam.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The one page for an address that does not exist and for one the person may not open: the same words for both,
 * so a refusal says nothing about what exists. Dutch or English, with its own title; never a framework's page.
 */
abstract class Foutpagina extends VerticalLayout implements Paginatitel {

    void toon() {
        removeAll();
        addClassName("lt-page");
        add(new H2(getTranslation("fout.geen-toegang.titel")), new Paragraph(getTranslation("fout.geen-toegang.tekst")),
                new Anchor("", getTranslation("fout.geen-toegang.terug")));
    }

    @Override
    public String titel() {
        return getTranslation("fout.geen-toegang.titel");
    }
}
