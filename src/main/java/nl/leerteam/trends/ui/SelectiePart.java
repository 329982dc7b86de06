package nl.leerteam.trends.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import nl.leerteam.klassenbezoek.ui.SchoolbeeldTabel;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Resultatenoverzicht;
import nl.leerteam.trends.TrendSelectie;
import nl.leerteam.trends.Vak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The results the team looks at while it talks: a subject and school year, and where chosen a moment
 * and a jaargroep, which every new observation and hypothesis is tied to. Beside them, for the school's
 * KCs and director, what the classroom visits of the same period showed (the visits before an M test
 * are those of August–January, before an E test those of February–July).
 */
final class SelectiePart extends Div {

    final Select<Vak> vak = new Select<>();
    final Select<Schooljaar> schooljaar = new Select<>();
    final Select<Meetmoment> meetmoment = new Select<>();
    final Select<Integer> jaargroep = new Select<>();
    final Div resultaten = new Div();
    SchoolbeeldTabel schoolbeeld;
    private final TrendgesprekDiensten diensten;
    private final UUID schoolId;
    private final boolean metBezoeken;
    private final List<Consumer<TrendSelectie>> volgers = new ArrayList<>();

    SelectiePart(TrendgesprekDiensten diensten, UUID schoolId, boolean metBezoeken) {
        this.diensten = diensten;
        this.schoolId = schoolId;
        this.metBezoeken = metBezoeken;
        addClassName("lt-section");
        vak.setLabel(getTranslation("trends.ambities.vak"));
        vak.setItems(Vak.values());
        vak.setItemLabelGenerator(v -> getTranslation("trends.vak." + v.code()));
        vak.setId("selectie-vak");
        schooljaar.setLabel(getTranslation("trends.schooljaar"));
        schooljaar.setItemLabelGenerator(Schooljaar::toString);
        schooljaar.setId("selectie-schooljaar");
        meetmoment.setLabel(getTranslation("trends.kolom.moment"));
        meetmoment.setItems(Meetmoment.values());
        meetmoment.setEmptySelectionAllowed(true);
        meetmoment.setEmptySelectionCaption(getTranslation("trends.gesprek.heel-jaar"));
        meetmoment.setItemLabelGenerator(m -> m == null ? getTranslation("trends.gesprek.heel-jaar")
                : getTranslation("trends.moment." + m.name().toLowerCase(Locale.ROOT)));
        meetmoment.setId("selectie-meetmoment");
        jaargroep.setLabel(getTranslation("trends.kolom.jaargroep"));
        jaargroep.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        jaargroep.setEmptySelectionAllowed(true);
        jaargroep.setEmptySelectionCaption(getTranslation("trends.gesprek.alle-groepen"));
        jaargroep.setItemLabelGenerator(g -> g == null ? getTranslation("trends.gesprek.alle-groepen") : getTranslation("trends.jaargroep", g));
        jaargroep.setId("selectie-jaargroep");
        Div keuze = new Div(vak, schooljaar, meetmoment, jaargroep);
        keuze.addClassName("lt-invoer");
        resultaten.setId("gesprek-resultaten");
        add(keuze, resultaten);

        Resultatenoverzicht overzicht = diensten.resultaten.overzicht(schoolId, null);
        schooljaar.setItems(overzicht.jaren().isEmpty() ? List.of(overzicht.schooljaar()) : overzicht.jaren());
        schooljaar.setValue(overzicht.schooljaar());
        vak.setValue(overzicht.vakken().isEmpty() ? Vak.BEGRIJPEND_LEZEN : overzicht.vakken().getFirst().vak());
        toon(overzicht);
        vak.addValueChangeListener(e -> laad());
        schooljaar.addValueChangeListener(e -> laad());
        meetmoment.addValueChangeListener(e -> {
            toonBezoeken();
            meld();
        });
        jaargroep.addValueChangeListener(e -> meld());
    }

    /** The selection a new observation or hypothesis is tied to. */
    TrendSelectie huidige() {
        return new TrendSelectie(vak.getValue(), schooljaar.getValue(), meetmoment.getValue(), jaargroep.getValue());
    }

    /** Tells {@code volger} the selection now and whenever it changes. */
    void volg(Consumer<TrendSelectie> volger) {
        volgers.add(volger);
        volger.accept(huidige());
    }

    private void laad() {
        if (vak.getValue() != null && schooljaar.getValue() != null) {
            toon(diensten.resultaten.overzicht(schoolId, schooljaar.getValue()));
            meld();
        }
    }

    private void toon(Resultatenoverzicht overzicht) {
        resultaten.removeAll();
        overzicht.vakken().stream().filter(v -> v.vak() == vak.getValue()).findFirst().ifPresentOrElse(
                v -> resultaten.add(new VakTabel(v, overzicht.schooljaar().toString(), new VakTabel.Notities(diensten.notities, schoolId,
                        overzicht.schooljaar(), this::laad))),
                () -> resultaten.add(new LeegTekst(getTranslation("trends.gesprek.geen-resultaten.titel"),
                        getTranslation("trends.gesprek.geen-resultaten.tekst"))));
        toonBezoeken();
    }

    private void toonBezoeken() {
        if (!metBezoeken) {
            return;
        }
        if (schoolbeeld == null) {
            schoolbeeld = new SchoolbeeldTabel();
            schoolbeeld.setId("gesprek-schoolbeeld");
            Details details = new Details(getTranslation("trends.gesprek.bezoeken"), schoolbeeld);
            add(details);
        }
        Meetmoment m = meetmoment.getValue();
        Schooljaar.Periode periode = m == null ? Schooljaar.Periode.SCHOOLJAAR
                : m == Meetmoment.E ? Schooljaar.Periode.TWEEDE_HELFT : Schooljaar.Periode.EERSTE_HELFT;
        schoolbeeld.toon(diensten.schoolbeeld.schoolbeeld(schoolId, schooljaar.getValue(), periode));
    }

    private void meld() {
        TrendSelectie nu = huidige();
        volgers.forEach(v -> v.accept(nu));
    }
}
