package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.trends.TrendgesprekPagina.Waarnemingen;

/** What the team sees in the results: each observation with the selection it was seen in and who saw it. */
final class WaarnemingenPart extends Div {

    final UnorderedList lijst = new UnorderedList();
    final TextField tekst = new TextField();
    final Button toevoegen = new Button();
    private final Paragraph geen = new Paragraph();

    WaarnemingenPart(Signal<Waarnemingen> waarnemingen, SelectiePart selectie, GesprekActies acties) {
        addClassName("lt-bespreking-sectie");
        add(new H4(getTranslation("trends.gesprek.waarnemingen")));
        lijst.addClassName("lt-bijdragen");
        lijst.setId("waarnemingen");
        geen.setText(getTranslation("trends.gesprek.geen-waarnemingen"));
        geen.addClassName("lt-muted");
        Div invoer = acties.invoer(this, tekst, "trends.gesprek.waarneming", "waarneming", toevoegen, "trends.gesprek.toevoegen",
                bevestigd -> acties.service().waarnemingToevoegen(acties.pagina().get().id(), selectie.huidige(), tekst.getValue(),
                        bevestigd));
        selectie.volg(s -> tekst.setHelperText(getTranslation("trends.gesprek.over", SelectieTekst.van(this, s))));
        add(geen, lijst, invoer);
        Parts.bind(this, waarnemingen, nu -> {
            lijst.removeAll();
            nu.lijst().forEach(w -> lijst.add(item(this, w.tekst(), SelectieTekst.van(this, w.selectie()), w.auteurNaam())));
            geen.setVisible(nu.lijst().isEmpty());
            invoer.setVisible(nu.invoer());
        });
    }

    /** One contribution: its text, what of the results it is about, and who wrote it. */
    static ListItem item(Div context, String tekst, String selectie, String auteur) {
        Span over = new Span(selectie);
        over.addClassName("lt-muted");
        Span door = new Span(auteur);
        door.addClassName("lt-bijdrage-auteur");
        ListItem item = new ListItem(new Text(tekst), new Text(" "), over, door);
        item.addClassName("lt-bijdrage");
        return item;
    }
}
