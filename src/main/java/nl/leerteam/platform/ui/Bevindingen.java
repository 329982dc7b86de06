package nl.leerteam.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the privacy guard found in a library file, per part of it ("In de opmerkingen: een voornaam"). */
final class Bevindingen {

    private Bevindingen() {
    }

    static Div melding(Component context, Map<String, List<String>> perDeel, String uitlegKey) {
        UnorderedList lijst = new UnorderedList();
        perDeel.forEach((deel, soorten) -> lijst.add(new ListItem(context.getTranslation("bibliotheek.bevinding.regel",
                context.getTranslation("bibliotheek.deel." + deel),
                soorten.stream().map(s -> context.getTranslation("privacy.soort." + s.toLowerCase(Locale.ROOT)))
                        .collect(Collectors.joining(", "))))));
        Div melding = new Div(new Paragraph(context.getTranslation(uitlegKey)), lijst);
        melding.addClassName("lt-melding");
        melding.getElement().setAttribute("role", "status");
        return melding;
    }
}
