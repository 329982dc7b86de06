package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.UI;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * One block of "what waits for you" on the start page: a heading and a list whose lines each lead to the
 * thing itself, with what to know before opening it (when, where, one's role) as plain text beside it.
 */
public class Startsectie extends Section {

    private final UnorderedList lijst = new UnorderedList();

    public Startsectie(String id, String kop) {
        this(id, new H2(kop));
        addClassName("lt-start-sectie");
    }

    private Startsectie(String id, HtmlContainer kop) {
        setId(id);
        kop.addClassName("lt-section");
        lijst.addClassName("lt-start-lijst");
        add(kop, lijst);
    }

    /** A label beside a line: a role, "bezig"; an urgent one ("te laat") stands out, in words as well as colour. */
    public record Merk(String tekst, boolean dringend) {

        public static Merk van(String tekst) {
            return new Merk(tekst, false);
        }
    }

    /** A line: the way in first, then its labels, then the details. */
    public ListItem regel(Component ingang, String details, List<Merk> merken) {
        ListItem regel = new ListItem(ingang);
        for (Merk merk : merken) {
            Span label = new Span(merk.tekst());
            label.addClassName("lt-merk");
            label.setClassName("lt-dringend", merk.dringend());
            regel.add(label);
        }
        if (details != null && !details.isBlank()) {
            Span wat = new Span(details);
            wat.addClassNames("lt-muted", "lt-start-details");
            regel.add(wat);
        }
        lijst.add(regel);
        return regel;
    }

    /** "vandaag", "morgen" or the date written out, as people say it. */
    public static String dag(Component context, LocalDate datum, LocalDate vandaag) {
        if (datum.equals(vandaag)) {
            return context.getTranslation("start.vandaag");
        }
        if (datum.equals(vandaag.plusDays(1))) {
            return context.getTranslation("start.morgen");
        }
        Locale taal = UI.getCurrent() == null ? Locale.getDefault() : UI.getCurrent().getLocale();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(taal).format(datum);
    }

    /** Lines under a sub-heading of their own, such as the action items below the meetings. */
    public Startsectie deel(String id, String kop) {
        Startsectie deel = new Startsectie(id, new H3(kop));
        add(deel);
        return deel;
    }
}
