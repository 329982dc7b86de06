package nl.leerteam.trends.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.ui.Grafiek;
import nl.leerteam.trends.Resultatenoverzicht;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * How pupils develop in one subject, each chart with its table twin and a one-line description: the
 * cohorts of this year followed back through groep 3 to 8 (lines whose points also differ in shape), and
 * the growth from M to E per jaargroep (bars side by side).
 */
final class OntwikkelingPart extends Div {

    private static final List<String> KLEUREN = List.of("#08519c", "#e6550d", "#31a354", "#756bb1", "#636363", "#de2d26");

    final Grafiek cohorten = new Grafiek();
    final Grafiek groei = new Grafiek();
    final Grid<Resultatenoverzicht.Cohort> cohortTabel = new Grid<>();
    final Grid<Resultatenoverzicht.Groei> groeiTabel = new Grid<>();

    OntwikkelingPart(Resultatenoverzicht.Vakoverzicht vak, String vakNaam) {
        String code = vak.vak().code();
        Resultatenoverzicht.Ontwikkeling o = vak.ontwikkeling();
        if (!o.cohorten().isEmpty()) {
            cohorten.setId("cohorten-" + code);
            cohorten.toon(cohortGegevens(vakNaam, o.cohorten()));
            Paragraph beschrijving = new Paragraph(cohorten.getGegevens().beschrijving());
            beschrijving.addClassName("lt-muted");
            cohortTabel.addColumn(c -> getTranslation("trends.cohort", c.groepNu())).setHeader(getTranslation("trends.cohort.kolom"))
                    .setAutoWidth(true);
            for (int g = 3; g <= 8; g++) {
                int index = g - 3;
                cohortTabel.addColumn(c -> procent(c.aandelen().get(index))).setHeader(getTranslation("trends.jaargroep", g))
                        .setAutoWidth(true);
            }
            cohortTabel.setItems(o.cohorten());
            cohortTabel.setAllRowsVisible(true);
            cohortTabel.addThemeVariants(GridVariant.LUMO_COMPACT);
            cohortTabel.getElement().setAttribute("aria-label", getTranslation("trends.cohort.tabel", vakNaam));
            add(new H4(getTranslation("trends.cohort.titel")), cohorten, beschrijving, VakTabel.pngKnop(cohorten,
                    "cohorten-" + code + ".png"), cohortTabel);
        }
        if (o.groei().stream().anyMatch(g -> g.verschil() != null)) {
            groei.setId("groei-" + code);
            groei.toon(groeiGegevens(vakNaam, o.groei()));
            Paragraph beschrijving = new Paragraph(groei.getGegevens().beschrijving());
            beschrijving.addClassName("lt-muted");
            groeiTabel.addColumn(g -> getTranslation("trends.jaargroep", g.jaargroep())).setHeader(getTranslation("trends.kolom.jaargroep"))
                    .setAutoWidth(true);
            groeiTabel.addColumn(g -> procent(g.midden())).setHeader(getTranslation("trends.moment.m")).setAutoWidth(true);
            groeiTabel.addColumn(g -> procent(g.eind())).setHeader(getTranslation("trends.moment.e")).setAutoWidth(true);
            groeiTabel.addColumn(g -> g.verschil() == null ? "" : getTranslation("trends.groei.verschil", teken(g.verschil())))
                    .setHeader(getTranslation("trends.groei.kolom")).setAutoWidth(true);
            groeiTabel.setItems(o.groei());
            groeiTabel.setAllRowsVisible(true);
            groeiTabel.addThemeVariants(GridVariant.LUMO_COMPACT);
            groeiTabel.getElement().setAttribute("aria-label", getTranslation("trends.groei.tabel", vakNaam));
            add(new H4(getTranslation("trends.groei.titel")), groei, beschrijving, VakTabel.pngKnop(groei, "groei-" + code + ".png"),
                    groeiTabel);
        }
    }

    private Grafiek.Gegevens cohortGegevens(String vakNaam, List<Resultatenoverzicht.Cohort> cohorten) {
        List<String> labels = IntStream.rangeClosed(3, 8).mapToObj(g -> getTranslation("trends.jaargroep", g)).toList();
        List<Grafiek.Reeks> reeksen = new ArrayList<>();
        for (int i = 0; i < cohorten.size(); i++) {
            Resultatenoverzicht.Cohort c = cohorten.get(i);
            reeksen.add(new Grafiek.Reeks(getTranslation("trends.cohort", c.groepNu()), c.aandelen(), KLEUREN.get(i % KLEUREN.size())));
        }
        return new Grafiek.Gegevens(getTranslation("trends.cohort.beschrijving", vakNaam), labels, reeksen, "%", 100, List.of(),
                "lijn", false);
    }

    private Grafiek.Gegevens groeiGegevens(String vakNaam, List<Resultatenoverzicht.Groei> groei) {
        List<String> labels = groei.stream().map(g -> getTranslation("trends.jaargroep", g.jaargroep())).toList();
        List<Grafiek.Reeks> reeksen = List.of(
                new Grafiek.Reeks(getTranslation("trends.moment.m"), groei.stream().map(Resultatenoverzicht.Groei::midden).toList(), "#9ecae1"),
                new Grafiek.Reeks(getTranslation("trends.moment.e"), groei.stream().map(Resultatenoverzicht.Groei::eind).toList(), "#08519c"));
        Resultatenoverzicht.Groei meest = groei.stream().filter(g -> g.verschil() != null)
                .max(Comparator.comparing(Resultatenoverzicht.Groei::verschil)).orElseThrow();
        Resultatenoverzicht.Groei minst = groei.stream().filter(g -> g.verschil() != null)
                .min(Comparator.comparing(Resultatenoverzicht.Groei::verschil)).orElseThrow();
        String beschrijving = getTranslation("trends.groei.beschrijving", vakNaam, meest.jaargroep(), teken(meest.verschil()),
                minst.jaargroep(), teken(minst.verschil()));
        return new Grafiek.Gegevens(beschrijving, labels, reeksen, "%", 100, List.of(), "staaf", false);
    }

    private String procent(Double aandeel) {
        return aandeel == null ? getTranslation("trends.ontwikkeling.geen", KleineAantallen.MINIMUM)
                : getTranslation("trends.procent", String.valueOf(aandeel).replace('.', ','));
    }

    private static String teken(Double verschil) {
        String getal = String.valueOf(Math.abs(Objects.requireNonNull(verschil))).replace('.', ',');
        return (verschil >= 0 ? "+" : "−") + getal;
    }
}
