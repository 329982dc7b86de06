package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.trends.TrendgesprekPagina.Hypothese;
import nl.leerteam.trends.TrendgesprekPagina.Hypothesen;

import java.util.Locale;

/**
 * How the team might explain what it sees: each hypothesis tied to a selection of the results, open until a
 * leader marks it confirmed or rejected with the evidence; its state is said in words, not by colour alone.
 */
final class HypothesenPart extends Div {

    final UnorderedList lijst = new UnorderedList();
    final TextField tekst = new TextField();
    final Button toevoegen = new Button();
    private final Paragraph geen = new Paragraph();

    HypothesenPart(Signal<Hypothesen> hypothesen, SelectiePart selectie, GesprekActies acties) {
        addClassName("lt-bespreking-sectie");
        add(new H4(getTranslation("trends.gesprek.hypothesen")));
        lijst.addClassName("lt-bijdragen");
        lijst.setId("hypothesen");
        geen.setText(getTranslation("trends.gesprek.geen-hypothesen"));
        geen.addClassName("lt-muted");
        Div invoer = acties.invoer(this, tekst, "trends.gesprek.hypothese", "hypothese", toevoegen, "trends.gesprek.toevoegen",
                bevestigd -> acties.service().hypotheseToevoegen(acties.pagina().get().id(), selectie.huidige(), tekst.getValue(),
                        bevestigd));
        selectie.volg(s -> tekst.setHelperText(getTranslation("trends.gesprek.over", SelectieTekst.van(this, s))));
        add(geen, lijst, invoer);
        Parts.bind(this, hypothesen, nu -> {
            lijst.removeAll();
            nu.lijst().forEach(h -> lijst.add(item(h, nu.beoordelen(), acties)));
            geen.setVisible(nu.lijst().isEmpty());
            invoer.setVisible(nu.invoer());
        });
    }

    private ListItem item(Hypothese h, boolean beoordelen, GesprekActies acties) {
        ListItem item = WaarnemingenPart.item(this, h.tekst(), SelectieTekst.van(this, h.selectie()), h.auteurNaam());
        Span status = new Span(getTranslation("trends.hypothese." + h.status().name().toLowerCase(Locale.ROOT)));
        status.getElement().getThemeList().add(switch (h.status()) {
            case OPEN -> "badge contrast";
            case BEVESTIGD -> "badge success";
            case VERWORPEN -> "badge error";
        });
        item.addComponentAsFirst(status);
        item.addComponentAtIndex(1, new Text(" "));
        if (h.bewijs() != null) {
            Paragraph bewijs = new Paragraph(getTranslation("trends.gesprek.bewijs-tekst", h.bewijs()));
            bewijs.addClassName("lt-muted");
            item.add(bewijs);
        }
        if (beoordelen) {
            Button knop = new Button(getTranslation("trends.gesprek.beoordelen"),
                    e -> new BeoordelingDialog(h, acties).open());
            knop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            knop.setAriaLabel(getTranslation("trends.gesprek.beoordelen-van", h.tekst()));
            knop.addClassName("hypothese-beoordelen");
            item.add(knop);
        }
        item.getElement().setAttribute("data-status", h.status().name());
        return item;
    }
}
