package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.leerteam.leerlingbespreking.BesprekingPagina;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The agreements of a case with their evaluation date and, once evaluated, how they worked out. */
final class AfspraakLijst {

    private AfspraakLijst() {
    }

    static Component van(Component context, List<BesprekingPagina.AfspraakRegel> afspraken) {
        return van(context, afspraken, null);
    }

    /** @param extra adds something to each line (for example the owner's evaluate button), or {@code null} */
    static Component van(Component context, List<BesprekingPagina.AfspraakRegel> afspraken,
                         BiConsumer<BesprekingPagina.AfspraakRegel, ListItem> extra) {
        if (afspraken.isEmpty()) {
            Paragraph leeg = new Paragraph(context.getTranslation("afspraak.geen"));
            leeg.addClassName("lt-muted");
            return leeg;
        }
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent() == null ? Locale.getDefault() : com.vaadin.flow.component.UI.getCurrent().getLocale());
        UnorderedList lijst = new UnorderedList();
        lijst.addClassName("lt-bijdragen");
        lijst.setId("afspraken");
        for (BesprekingPagina.AfspraakRegel a : afspraken) {
            Span wanneer = new Span(context.getTranslation("afspraak.evaluatie-op", datum.format(a.evaluatiedatum())));
            wanneer.addClassName(a.teEvalueren() ? "lt-te-evalueren" : "lt-bijdrage-auteur");
            ListItem item = new ListItem(new Span(a.tekst()), wanneer);
            if (a.resultaat() != null) {
                Span resultaat = new Span(context.getTranslation("afspraak.resultaat." + a.resultaat().name().toLowerCase(Locale.ROOT)));
                resultaat.getElement().getThemeList().add(switch (a.resultaat()) {
                    case GENOEG -> "badge success";
                    case NIET_GENOEG -> "badge error";
                });
                Span toelichting = new Span(a.evaluatie());
                toelichting.addClassName("lt-antwoord");
                item.add(resultaat, toelichting);
            }
            if (extra != null) {
                extra.accept(a, item);
            }
            lijst.add(item);
        }
        return lijst;
    }
}
