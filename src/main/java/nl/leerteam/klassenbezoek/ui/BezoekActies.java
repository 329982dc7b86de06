package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Meldingen;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the parts of a visit share: the visit and its service, reading it again, and small building blocks. */
record BezoekActies(UUID bezoekId, KlassenbezoekService service, Runnable vernieuw) {

    /** A click that changes the visit's phase: refused or not, the page shows the visit as it is now. */
    void doe(Component context, Runnable actie) {
        Meldingen.opslaan(context, Map.of(), actie);
        vernieuw.run();
    }

    static void knop(Button knop, String key, VaadinIcon icoon, String id) {
        knop.setText(knop.getTranslation(key));
        knop.setIcon(icoon.create());
        knop.setId(id);
    }

    static void tekst(TextArea veld, String key, int max, String id) {
        veld.setLabel(veld.getTranslation(key));
        veld.setMaxLength(max);
        veld.setWidthFull();
        veld.setId(id);
    }

    static Div rij(Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }

    static String leeg(String waarde) {
        return waarde == null ? "" : waarde;
    }

    /** What was observed: per criterion the finding and note, and the quick notes with their time. */
    static Div samenvatting(Component context, List<BezoekDetails.Focus> focus, List<BezoekDetails.Notitie> notities) {
        Div blok = new Div();
        for (BezoekDetails.Focus f : focus) {
            Span waarde = new Span(f.waarneming() == null ? context.getTranslation("bezoek.niet-ingevuld")
                    : context.getTranslation("waarneming." + f.waarneming().name().toLowerCase(Locale.ROOT)));
            waarde.getElement().getThemeList().add("badge");
            Paragraph notitie = new Paragraph(leeg(f.notitie()));
            notitie.addClassName("lt-casus-tekst");
            blok.add(new H4(f.tekst()), waarde, notitie);
        }
        blok.add(new H4(context.getTranslation("bezoek.snelle-notities")), notitieLijst(notities));
        return blok;
    }

    static UnorderedList notitieLijst(List<BezoekDetails.Notitie> notities) {
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        lijst.setId("snelle-notities");
        DateTimeFormatter tijd = DateTimeFormatter.ofPattern("HH:mm");
        notities.forEach(n -> {
            Span wanneer = new Span(tijd.format(n.tijdstip().atZone(Tijdzone.SCHOOL)));
            wanneer.addClassName("lt-bijdrage-auteur");
            lijst.add(new ListItem(wanneer, new Span(" " + n.tekst())));
        });
        return lijst;
    }
}
