package nl.leerteam.trends.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.trends.TrendgesprekPagina.Interventie;
import nl.leerteam.trends.TrendgesprekPagina.Interventies;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the team will do: each intervention with who does it, from when, when it is evaluated and the
 * kijkwijzer criteria the classroom visits look at; later, how it went.
 */
final class InterventiesPart extends Div {

    final UnorderedList lijst = new UnorderedList();
    final Button nieuw = new Button();
    private final Paragraph geen = new Paragraph();
    private Interventies getoond;

    InterventiesPart(Signal<Interventies> interventies, GesprekActies acties) {
        addClassName("lt-bespreking-sectie");
        add(new H4(getTranslation("trends.gesprek.interventies")));
        lijst.addClassName("lt-bijdragen");
        lijst.setId("interventies");
        geen.setText(getTranslation("trends.gesprek.geen-interventies"));
        geen.addClassName("lt-muted");
        nieuw.setText(getTranslation("trends.gesprek.interventie-nieuw"));
        nieuw.setIcon(VaadinIcon.PLUS.create());
        nieuw.setId("interventie-nieuw");
        nieuw.addClickListener(e -> new InterventieDialog(getoond, acties).open());
        add(geen, lijst, nieuw);
        Parts.bind(this, interventies, nu -> {
            getoond = nu;
            lijst.removeAll();
            nu.lijst().forEach(i -> lijst.add(item(i, nu.evalueren(), acties)));
            geen.setVisible(nu.lijst().isEmpty());
            nieuw.setVisible(nu.maken());
        });
    }

    private ListItem item(Interventie i, boolean evalueren, GesprekActies acties) {
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        ListItem item = new ListItem();
        item.addClassName("lt-bijdrage");
        Span wat = new Span(i.wat());
        wat.getStyle().set("font-weight", "600");
        Paragraph plan = new Paragraph(getTranslation("trends.gesprek.interventie-plan", i.wie(), datum.format(i.vanaf()),
                datum.format(i.evaluatieOp())));
        plan.addClassName("lt-muted");
        item.add(wat, plan);
        if (!i.criteria().isEmpty()) {
            Paragraph criteria = new Paragraph(getTranslation("trends.gesprek.interventie-criteria",
                    i.criteria().stream().map(c -> c.tekst()).collect(Collectors.joining("; "))));
            criteria.addClassName("lt-muted");
            item.add(criteria);
        }
        if (i.resultaat() != null) {
            Span resultaat = new Span(getTranslation("trends.interventie." + i.resultaat().name().toLowerCase(Locale.ROOT)));
            resultaat.getElement().getThemeList().add(switch (i.resultaat()) {
                case WERKT -> "badge success";
                case DEELS -> "badge";
                case WERKT_NIET -> "badge error";
            });
            item.add(new Paragraph(resultaat, new Span(" " + i.evaluatie())));
        } else if (i.teEvalueren()) {
            Span due = new Span(getTranslation("trends.gesprek.te-evalueren"));
            due.addClassName("lt-te-evalueren");
            item.add(due);
        }
        if (nl.leerteam.shared.security.CurrentUser.find().map(ik -> ik.heeft(nl.leerteam.shared.security.Rol.KC)).orElse(false)) {
            // the platform takes only this intervention's text; it is reached by its path, so trends needs no platform
            Button delen = new Button(getTranslation("platform.vanschool.delen"),
                    e -> getUI().ifPresent(ui -> ui.navigate("platform/nieuw/interventie/" + i.id())));
            delen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            delen.setAriaLabel(getTranslation("platform.vanschool.delen-van", i.wat()));
            delen.addClassName("interventie-delen");
            item.add(delen);
        }
        if (evalueren && i.resultaat() == null) {
            Button knop = new Button(getTranslation("trends.gesprek.evalueren"), e -> new InterventieEvaluatieDialog(i, acties).open());
            knop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            knop.setAriaLabel(getTranslation("trends.gesprek.evalueren-van", i.wat()));
            knop.addClassName("interventie-evalueren");
            item.add(knop);
        }
        return item;
    }
}
