package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.trends.Ambitie;
import nl.leerteam.trends.Resultatenoverzicht;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How an ambition reads on a chart line and in the table beside it. */
final class AmbitieTekst {

    private AmbitieTekst() {
    }

    /** "Ambitie 75% I–III, groep 4–8", "Signaleringswaarde 85% 1F". */
    static String kort(Component context, Ambitie a) {
        return context.getTranslation("trends.ambitie.kort." + a.soort().name().toLowerCase(Locale.ROOT), a.drempel(),
                context.getTranslation("trends.maat." + a.maat().name().toLowerCase(Locale.ROOT)), a.groepVan(), a.groepTot());
    }

    /** Per ambition that holds for the row: reached, not reached, or not to be said (a group too small). */
    static String oordeel(Component context, Resultatenoverzicht.Rij rij, List<Ambitie> ambities) {
        return ambities.stream().filter(a -> a.maat().past(rij.schaal()) && a.omvat(rij.jaargroep())).map(a -> {
            Double aandeel = rij.aandeel(a.maat());
            String uitkomst = aandeel == null ? context.getTranslation("trends.ambitie.onbekend")
                    : context.getTranslation(aandeel >= a.drempel() ? "trends.ambitie.gehaald" : "trends.ambitie.niet-gehaald",
                    Math.round(aandeel));
            return kort(context, a) + ": " + uitkomst;
        }).collect(Collectors.joining(" · "));
    }
}
