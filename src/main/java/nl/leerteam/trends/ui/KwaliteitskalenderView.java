package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.trends.Kalendermoment;
import nl.leerteam.trends.KwaliteitskalenderService;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.TrendService;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The school year's rhythm for everybody of the school: the test windows and whether their results came
 * in, the trend discussions and the evaluations due; and each person's own secret calendar link.
 */
@Route("trends/kalender")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR"})
public class KwaliteitskalenderView extends Div implements Paginatitel {

    private final KwaliteitskalenderService service;
    final Select<TrendSchool> school = new Select<>();
    final Select<Schooljaar> schooljaar = new Select<>();
    final Grid<Kalendermoment> grid = new Grid<>();
    final Paragraph feedStand = new Paragraph();
    final TextField feedLink = new TextField();
    final Button nieuweLink = new Button();
    final Button intrekken = new Button();

    public KwaliteitskalenderView(KwaliteitskalenderService service, TrendService trends) {
        this.service = service;
        addClassName("lt-page");
        add(new H2(getTranslation("kalender.titel")), new Paragraph(getTranslation("kalender.uitleg")));
        List<TrendSchool> scholen = trends.scholen();
        if (scholen.isEmpty()) {
            add(new LeegTekst(getTranslation("trends.geen-school.titel"), getTranslation("trends.geen-school.tekst")));
            return;
        }
        school.setLabel(getTranslation("trends.school"));
        school.setItems(scholen);
        school.setItemLabelGenerator(TrendSchool::naam);
        school.setValue(scholen.getFirst());
        Schooljaar nu = Schooljaar.van(LocalDate.now(Tijdzone.SCHOOL));
        schooljaar.setLabel(getTranslation("trends.schooljaar"));
        schooljaar.setItems(nu.vorige(), nu, new Schooljaar(nu.beginjaar() + 1));
        schooljaar.setItemLabelGenerator(Schooljaar::toString);
        schooljaar.setValue(nu);
        Div keuze = new Div(school, schooljaar);
        keuze.addClassName("lt-invoer");
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.setId("kwaliteitskalender");
        grid.addColumn(m -> m.van().equals(m.tot()) ? datum.format(m.van()) : getTranslation("kalender.periode", datum.format(m.van()),
                datum.format(m.tot()))).setHeader(getTranslation("kalender.wanneer")).setAutoWidth(true);
        grid.addComponentColumn(this::wat).setHeader(getTranslation("kalender.wat")).setFlexGrow(3);
        grid.addColumn(m -> getTranslation("kalender.stand." + m.stand().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("kalender.stand")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("kalender.titel"));
        add(keuze, grid, feed());
        laad();
        school.addValueChangeListener(e -> laad());
        schooljaar.addValueChangeListener(e -> laad());
    }

    private Component wat(Kalendermoment m) {
        String titel = m.omschrijving((key, params) -> getTranslation(key, params));
        if (m.gesprekId() != null) {
            return new RouterLink(titel, TrendgesprekView.class, TrendgesprekView.parameters(m.gesprekId()));
        }
        return new Span(titel);
    }

    private void laad() {
        grid.setItems(service.kalender(school.getValue().schoolId(), schooljaar.getValue()));
    }

    /** The person's own calendar link: made, shown once, replaced or revoked. */
    private Div feed() {
        feedStand.setId("feed-stand");
        feedLink.setLabel(getTranslation("kalender.feed.link"));
        feedLink.setReadOnly(true);
        feedLink.setWidthFull();
        feedLink.setVisible(false);
        feedLink.setId("feed-link");
        nieuweLink.setText(getTranslation("kalender.feed.nieuw"));
        nieuweLink.setId("feed-nieuw");
        nieuweLink.addClickListener(e -> Meldingen.opslaan(this, Map.of(), () -> {
            String code = service.nieuweFeed();
            feedLink.setValue(basis() + "/kalender/" + code + ".ics");
            feedLink.setVisible(true);
            toonFeed();
        }));
        intrekken.setText(getTranslation("kalender.feed.intrekken"));
        intrekken.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        intrekken.setId("feed-intrekken");
        intrekken.addClickListener(e -> Meldingen.opslaan(this, Map.of(), () -> {
            service.feedIntrekken();
            feedLink.clear();
            feedLink.setVisible(false);
            toonFeed();
        }));
        Div knoppen = new Div(nieuweLink, intrekken);
        knoppen.addClassName("lt-invoer");
        Div feed = new Div(new H3(getTranslation("kalender.feed.titel")), new Paragraph(getTranslation("kalender.feed.uitleg")), feedStand,
                feedLink, knoppen);
        feed.addClassName("lt-section");
        toonFeed();
        return feed;
    }

    private void toonFeed() {
        var sinds = service.feedSinds();
        feedStand.setText(sinds.map(s -> getTranslation("kalender.feed.sinds", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale()).format(s.atZone(Tijdzone.SCHOOL)))).orElse(getTranslation("kalender.feed.geen")));
        intrekken.setVisible(sinds.isPresent());
    }

    /** Where this Leerteam is reached, as the browser asked for it. */
    private static String basis() {
        HttpServletRequest verzoek = VaadinServletRequest.getCurrent().getHttpServletRequest();
        String poort = (verzoek.getScheme().equals("https") && verzoek.getServerPort() == 443)
                || (verzoek.getScheme().equals("http") && verzoek.getServerPort() == 80) ? "" : ":" + verzoek.getServerPort();
        return verzoek.getScheme() + "://" + verzoek.getServerName() + poort + verzoek.getContextPath();
    }

    @Override
    public String titel() {
        return getTranslation("kalender.titel");
    }
}
