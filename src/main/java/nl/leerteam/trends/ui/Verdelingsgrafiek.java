package nl.leerteam.trends.ui;

import com.vaadin.flow.component.Component;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.ui.Grafiek;
import nl.leerteam.trends.Ambitie;
import nl.leerteam.trends.Resultatenoverzicht;
import nl.leerteam.trends.Schaal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chart of one subject and scale: per jaargroep and moment a bar of 100 %, stacked by level, with
 * what the rule of small counts hides as one grey part (their sum is 0 or at least 5, so that shows
 * nothing of a pupil). A bar whose group is too small stays empty. The one-line description says
 * where the share on or above the middle level was highest and lowest.
 */
final class Verdelingsgrafiek {

    /** From the best level to the lowest: blue to orange, so the order also reads without colour vision. */
    private static final List<String> KLEUREN_VIJF = List.of("#08519c", "#3182bd", "#9ecae1", "#fdae6b", "#e6550d");
    private static final List<String> KLEUREN_REF = List.of("#e6550d", "#9ecae1", "#08519c");
    private static final String VERBORGEN = "#bdbdbd";

    private Verdelingsgrafiek() {
    }

    static Grafiek.Gegevens van(Component context, String vak, Schaal schaal, List<Resultatenoverzicht.Rij> rijen,
                                List<Ambitie> ambities) {
        List<String> labels = rijen.stream().map(r -> context.getTranslation("trends.grafiek.label", r.jaargroep(),
                context.getTranslation("trends.moment." + r.meetmoment().name().toLowerCase(Locale.ROOT)))).toList();
        List<String> kleuren = schaal == Schaal.REF ? KLEUREN_REF : KLEUREN_VIJF;
        List<Grafiek.Reeks> reeksen = new ArrayList<>();
        int niveaus = schaal.niveaus().size();
        for (int i = 0; i < niveaus; i++) {
            // stacked from the bottom by what an ambition counts: I first, and 1S/2F before 1F
            int n = schaal == Schaal.REF ? niveaus - 1 - i : i;
            reeksen.add(new Grafiek.Reeks(schaal.niveaus().get(n), rijen.stream().map(r -> procent(r.niveaus().get(n), r.aantal()))
                    .toList(), kleuren.get(n)));
        }
        reeksen.add(new Grafiek.Reeks(context.getTranslation("trends.weinig", KleineAantallen.MINIMUM), rijen.stream()
                .map(Verdelingsgrafiek::verborgen).toList(), VERBORGEN));
        List<Grafiek.Lijn> lijnen = new ArrayList<>();
        for (Ambitie ambitie : ambities) {
            List<Integer> bereik = new ArrayList<>();
            for (int i = 0; i < rijen.size(); i++) {
                if (ambitie.maat().past(schaal) && ambitie.omvat(rijen.get(i).jaargroep())) {
                    bereik.add(i);
                }
            }
            if (!bereik.isEmpty()) {
                lijnen.add(new Grafiek.Lijn(ambitie.drempel(), AmbitieTekst.kort(context, ambitie),
                        bereik.getFirst() - 0.5, bereik.getLast() + 0.5));
            }
        }
        return new Grafiek.Gegevens(beschrijving(context, vak, schaal, rijen, labels), labels, reeksen, "%", 100, lijnen);
    }

    private static Double procent(Long aantal, Long totaal) {
        return aantal == null || totaal == null || totaal == 0 ? null : Math.round(1000.0 * aantal / totaal) / 10.0;
    }

    private static Double verborgen(Resultatenoverzicht.Rij r) {
        if (r.aantal() == null || r.niveaus().stream().noneMatch(n -> n == null)) {
            return null;
        }
        long getoond = r.niveaus().stream().filter(n -> n != null).mapToLong(Long::longValue).sum();
        return procent(r.aantal() - getoond, r.aantal());
    }

    /** The share on or above the middle (I–III, A–C, or 1F and higher), where the rule of small counts shows it. */
    static Double bovenMidden(Schaal schaal, Resultatenoverzicht.Rij r) {
        return procent(r.bovenMidden(), r.aantal());
    }

    private static String beschrijving(Component context, String vak, Schaal schaal, List<Resultatenoverzicht.Rij> rijen,
                                       List<String> labels) {
        List<Double> aandelen = rijen.stream().map(r -> bovenMidden(schaal, r)).toList();
        int hoogste = -1;
        int laagste = -1;
        for (int i = 0; i < aandelen.size(); i++) {
            if (aandelen.get(i) == null) {
                continue;
            }
            if (hoogste < 0 || aandelen.get(i) > aandelen.get(hoogste)) {
                hoogste = i;
            }
            if (laagste < 0 || aandelen.get(i) < aandelen.get(laagste)) {
                laagste = i;
            }
        }
        String grens = context.getTranslation("trends.grafiek.grens." + schaal.name().toLowerCase(Locale.ROOT));
        if (hoogste < 0) {
            return context.getTranslation("trends.grafiek.geen-beschrijving", vak);
        }
        if (hoogste == laagste) {
            return context.getTranslation("trends.grafiek.beschrijving-een", vak, grens, labels.get(hoogste),
                    format(aandelen.get(hoogste)));
        }
        return context.getTranslation("trends.grafiek.beschrijving", vak, grens, labels.get(hoogste),
                format(aandelen.get(hoogste)), labels.get(laagste), format(aandelen.get(laagste)));
    }

    private static String format(Double procent) {
        return String.valueOf(Math.round(procent));
    }
}
