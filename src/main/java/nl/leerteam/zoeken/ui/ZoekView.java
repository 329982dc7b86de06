package nl.leerteam.zoeken.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import nl.leerteam.zoeken.Zoekantwoord;
import nl.leerteam.zoeken.ZoekService;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The results of a search, grouped by kind, best first; each with its title as a link and a snippet in which the words
 * found are marked. All of it is text: a snippet is split at its marks into text and {@code <mark>} elements, never
 * read as markup.
 */
@Route("zoeken")
@PermitAll
public class ZoekView extends Div implements BeforeEnterObserver, Paginatitel {

    static final int MAX_INVOER = 300;

    private final ZoekService zoeken;
    final Div resultaten = new Div();
    final Paragraph samenvatting = new Paragraph();

    public ZoekView(ZoekService zoeken) {
        this.zoeken = zoeken;
        addClassName("lt-page");
        resultaten.setId("zoekresultaten");
        samenvatting.setId("zoek-samenvatting");
        samenvatting.getElement().setAttribute("role", "status");
        add(samenvatting, resultaten);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        String vraag = parameters.getSingleParameter("q").orElse("");
        String soort = parameters.getSingleParameter("soort").orElse(null);
        toon(vraag, soort, zoeken.zoek(vraag, soort));
    }

    private void toon(String vraag, String soort, Zoekantwoord antwoord) {
        resultaten.removeAll();
        if (antwoord.melding() != null) {
            samenvatting.setText(getTranslation(antwoord.melding()));
            return;
        }
        String aantal = antwoord.aantal() == 0 ? "zoeken.niets" : antwoord.meer() ? "zoeken.aantal.meer" : "zoeken.aantal";
        samenvatting.setText(getTranslation(aantal, antwoord.aantal(), vraag)
                + (antwoord.ingekort() ? " " + getTranslation("zoeken.ingekort") : ""));
        if (soort != null) {
            Anchor terug = new Anchor(link(vraag, null), getTranslation("zoeken.alle-soorten"));
            terug.getElement().setAttribute("router-link", true);
            terug.setId("zoeken-alle-soorten");
            resultaten.add(terug);
        }
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        for (Zoekantwoord.Groep groep : antwoord.groepen()) {
            String naam = getTranslation("zoeken.soort." + groep.soort().toLowerCase(Locale.ROOT));
            H2 kop = new H2(naam);
            kop.addClassName("lt-section");
            UnorderedList lijst = new UnorderedList();
            lijst.addClassName("lt-zoekgroep");
            for (Zoekresultaat r : groep.resultaten()) {
                String titel = r.titel() == null || r.titel().isBlank()
                        ? getTranslation("zoeken.zonder-titel", datum.format(r.moment().atZone(Tijdzone.SCHOOL))) : r.titel();
                Anchor link = new Anchor(r.pad(), titel);
                link.addClassName("lt-zoektitel");
                link.getElement().setAttribute("router-link", true);
                Div fragment = fragment(r.fragment());
                Span wanneer = new Span(datum.format(r.moment().atZone(Tijdzone.SCHOOL)));
                wanneer.addClassName("lt-muted");
                ListItem item = new ListItem(link, wanneer, fragment);
                item.addClassName("lt-zoekresultaat");
                lijst.add(item);
            }
            resultaten.add(kop, lijst);
            if (groep.meer()) {
                Anchor meer = new Anchor(link(vraag, groep.soort()), getTranslation("zoeken.meer", naam.toLowerCase(getLocale()), vraag));
                meer.getElement().setAttribute("router-link", true);
                meer.addClassName("lt-zoekmeer");
                resultaten.add(meer);
            }
        }
    }

    /** The results page for {@code vraag}, of one kind or ({@code null}) of all. */
    static String link(String vraag, String soort) {
        java.util.Map<String, java.util.List<String>> parameters = new java.util.LinkedHashMap<>();
        parameters.put("q", java.util.List.of(vraag));
        if (soort != null) {
            parameters.put("soort", java.util.List.of(soort));
        }
        return "zoeken?" + new com.vaadin.flow.router.QueryParameters(parameters).getQueryString();
    }

    /** The snippet as text, with each found word in a {@code <mark>}: the marks are the only structure taken from it. */
    static Div fragment(String tekst) {
        Div blok = new Div();
        blok.addClassName("lt-zoekfragment");
        if (tekst == null) {
            return blok;
        }
        StringBuilder gewoon = new StringBuilder();
        StringBuilder gevonden = null;
        for (char c : tekst.toCharArray()) {
            if (c == Zoekresultaat.BEGIN) {
                blok.add(new com.vaadin.flow.component.Text(gewoon.toString()));
                gewoon.setLength(0);
                gevonden = new StringBuilder();
            } else if (c == Zoekresultaat.EIND && gevonden != null) {
                blok.add(new Markering(gevonden.toString()));
                gevonden = null;
            } else if (gevonden != null) {
                gevonden.append(c);
            } else {
                gewoon.append(c);
            }
        }
        blok.add(new com.vaadin.flow.component.Text(gewoon + (gevonden == null ? "" : gevonden.toString())));
        return blok;
    }

    /** A word found, marked: {@code <mark>} with text in it. */
    @com.vaadin.flow.component.Tag("mark")
    static final class Markering extends com.vaadin.flow.component.HtmlComponent implements com.vaadin.flow.component.HasText {

        Markering(String tekst) {
            setText(tekst);
        }
    }

    @Override
    public String titel() {
        return getTranslation("zoeken.titel");
    }
}
