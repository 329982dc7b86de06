package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.trends.TrendSelectie;

import java.util.ArrayList;
import java.util.List;

/** A selection of the results as people say it: "Begrijpend lezen · 2025-2026 · M · groep 5". */
final class SelectieTekst {

    private SelectieTekst() {
    }

    static String van(Component context, TrendSelectie s) {
        List<String> delen = new ArrayList<>();
        delen.add(context.getTranslation("trends.vak." + s.vak().code()));
        delen.add(s.schooljaar().toString());
        if (s.meetmoment() != null) {
            delen.add(context.getTranslation("trends.moment." + s.meetmoment().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (s.jaargroep() != null) {
            delen.add(context.getTranslation("trends.jaargroep", s.jaargroep()));
        }
        return String.join(" · ", delen);
    }
}
