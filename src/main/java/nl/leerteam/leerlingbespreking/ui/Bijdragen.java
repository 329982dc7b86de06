package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.leerlingbespreking.Factor;
import nl.leerteam.leerlingbespreking.Ronde;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The building blocks the parts of a discussion share: a round's section, a contribution, an input row. */
final class Bijdragen {

    private Bijdragen() {
    }

    /** Makes {@code part} the section of a round: its heading, and marked for styles and tests. */
    static void sectie(Div part, Ronde ronde) {
        part.add(new H4(part.getTranslation(rondeKey(ronde))));
        part.addClassName("lt-bespreking-sectie");
        part.getElement().setAttribute("data-ronde", ronde.name());
    }

    static void huidig(Component part, boolean huidig) {
        part.getElement().getClassList().set("lt-huidig", huidig);
    }

    static UnorderedList lijst(String id) {
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        lijst.setId(id);
        return lijst;
    }

    /** One contribution: its text as a bare text node (one element less in every viewer's page) and its author. */
    static ListItem item(String tekst, String auteur) {
        Span door = new Span(auteur);
        door.addClassName("lt-bijdrage-auteur");
        ListItem item = new ListItem(new Text(tekst), door);
        item.addClassName("lt-bijdrage");
        return item;
    }

    static Paragraph leeg(Component context, String key) {
        Paragraph leeg = new Paragraph(context.getTranslation(key));
        leeg.addClassName("lt-muted");
        return leeg;
    }

    static Div rij(Component... onderdelen) {
        Div rij = new Div(onderdelen);
        rij.addClassName("lt-invoer");
        return rij;
    }

    /** A text field with its add button: a click or Enter saves, and the field empties once saved. */
    static Div invoer(Component context, TextField veld, String veldKey, int max, String veldId, Button knop, String knopKey,
                      String knopId, BesprekingActies acties, Consumer<Boolean> opslaan) {
        return invoer(context, veld, veldKey, max, veldId, knop, knopKey, knopId, acties, Map.of(), opslaan);
    }

    /** As above, with the other fields the save sends ({@code andere}), so a refusal of one of them shows next to it. */
    static Div invoer(Component context, TextField veld, String veldKey, int max, String veldId, Button knop, String knopKey,
                      String knopId, BesprekingActies acties, Map<String, HasValidation> andere, Consumer<Boolean> opslaan) {
        veld.setLabel(context.getTranslation(veldKey));
        veld.setMaxLength(max);
        veld.setId(veldId);
        knop.setText(context.getTranslation(knopKey));
        knop.setIcon(VaadinIcon.PLUS.create());
        knop.setId(knopId);
        Map<String, HasValidation> velden = new java.util.HashMap<>(andere);
        velden.put("tekst", veld);
        Runnable bewaar = () -> acties.bewaar(context, velden, Map.of("tekst", veld.getLabel()), opslaan, veld::clear);
        knop.addClickListener(e -> bewaar.run());
        veld.addKeyPressListener(Key.ENTER, e -> bewaar.run());
        return rij(veld, knop);
    }

    static String rondeKey(Ronde ronde) {
        return "ronde." + ronde.name().toLowerCase(Locale.ROOT);
    }

    static String factorKey(Factor factor) {
        return "factor." + factor.name().toLowerCase(Locale.ROOT);
    }
}
