package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.TrendgesprekSamenvatting;
import nl.leerteam.trends.TrendgesprekService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** The school's trend discussions, running ones first, and for its KCs and director the start of a new one. */
final class TrendgesprekkenPart extends Div {

    final UnorderedList lijst = new UnorderedList();
    final Button starten = new Button();
    private final Paragraph geen = new Paragraph();
    private final TrendgesprekService service;
    private TrendSchool school;

    TrendgesprekkenPart(TrendgesprekService service) {
        this.service = service;
        addClassName("lt-section");
        setId("trendgesprekken");
        starten.setText(getTranslation("trends.gesprek.starten"));
        starten.setIcon(VaadinIcon.COMMENTS_O.create());
        starten.setId("trendgesprek-starten");
        starten.addClickListener(e -> new TrendgesprekStartDialog(service, school,
                id -> UI.getCurrent().navigate(TrendgesprekView.class, TrendgesprekView.parameters(id))).open());
        lijst.addClassName("lt-bijdragen");
        geen.addClassName("lt-muted");
        add(new H3(getTranslation("trends.gesprekken")), new Paragraph(getTranslation("trends.gesprekken.uitleg")), geen, lijst, starten);
    }

    void toon(TrendSchool gekozen) {
        school = gekozen;
        starten.setVisible(gekozen.importeren());
        List<TrendgesprekSamenvatting> gesprekken = service.gesprekken(gekozen.schoolId());
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Amsterdam"));
        lijst.removeAll();
        gesprekken.forEach(g -> {
            RouterLink link = new RouterLink(g.titel(), TrendgesprekView.class, TrendgesprekView.parameters(g.id()));
            Span over = new Span(" " + (g.afgerond() == null
                    ? getTranslation("trends.gesprekken.loopt", datum.format(g.gestart()))
                    : getTranslation("trends.gesprekken.afgerond", datum.format(g.afgerond())))
                    + (g.leerteamNaam() == null ? "" : " · " + g.leerteamNaam()));
            over.addClassName("lt-muted");
            ListItem item = new ListItem(link, over);
            if (g.teEvalueren() > 0) {
                Span due = new Span(" " + getTranslation("trends.gesprekken.te-evalueren", g.teEvalueren()));
                due.addClassName("lt-te-evalueren");
                item.add(due);
            }
            lijst.add(item);
        });
        lijst.setVisible(!gesprekken.isEmpty());
        geen.setVisible(gesprekken.isEmpty());
        geen.setText(getTranslation(gekozen.importeren() ? "trends.gesprekken.geen-kc" : "trends.gesprekken.geen"));
    }
}
