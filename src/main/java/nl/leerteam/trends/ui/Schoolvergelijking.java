package nl.leerteam.trends.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.trends.BestuursTrendService;
import nl.leerteam.trends.Bestuursoverzicht;
import nl.leerteam.trends.Meetmoment;
import nl.leerteam.trends.Vak;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The board's schools side by side per subject and jaargroep: how many pupils and what share is on or above the
 * middle. A group of five or fewer never shows, nor a cell that would give one away through the totals; the part
 * says so. On the board's trends page, and on the agenda of a meeting of the board's KC-platform.
 */
public class Schoolvergelijking extends Div {

    private final BestuursTrendService service;
    final Select<Schooljaar> schooljaar = new Select<>();
    final Select<Vak> vak = new Select<>();
    final Select<Meetmoment> meetmoment = new Select<>();
    /** The table shown now; a new one per choice, as its columns are the jaargroepen with results. */
    Grid<Bestuursoverzicht.Regel> grid;
    final Div tabel = new Div();

    public Schoolvergelijking(BestuursTrendService service) {
        this.service = service;
        add(new Paragraph(getTranslation("bestuurtrends.uitleg", BestuursTrendService.GROEP_GRENS)));
        schooljaar.setLabel(getTranslation("trends.schooljaar"));
        schooljaar.setItemLabelGenerator(Schooljaar::toString);
        vak.setLabel(getTranslation("trends.ambities.vak"));
        vak.setItems(Vak.values());
        vak.setItemLabelGenerator(v -> getTranslation("trends.vak." + v.code()));
        meetmoment.setLabel(getTranslation("trends.kolom.moment"));
        meetmoment.setItems(Meetmoment.M, Meetmoment.E);
        meetmoment.setItemLabelGenerator(m -> getTranslation("trends.moment." + m.name().toLowerCase(Locale.ROOT)));
        Div keuze = new Div(schooljaar, vak, meetmoment);
        keuze.addClassName("lt-invoer");
        tabel.setId("bestuur-trends");
        add(keuze, tabel);
        laad(service.overzicht(null, null, null));
        schooljaar.addValueChangeListener(e -> opnieuw(e.isFromClient()));
        vak.addValueChangeListener(e -> opnieuw(e.isFromClient()));
        meetmoment.addValueChangeListener(e -> opnieuw(e.isFromClient()));
    }

    private void opnieuw(boolean doorPersoon) {
        if (doorPersoon) {
            laad(service.overzicht(schooljaar.getValue(), vak.getValue(), meetmoment.getValue()));
        }
    }

    private void laad(Bestuursoverzicht overzicht) {
        schooljaar.setItems(overzicht.jaren().isEmpty() ? List.of(overzicht.schooljaar()) : overzicht.jaren());
        schooljaar.setValue(overzicht.schooljaar());
        vak.setValue(overzicht.vak());
        meetmoment.setValue(overzicht.meetmoment());
        tabel.removeAll();
        if (overzicht.jaargroepen().isEmpty()) {
            tabel.add(new LeegTekst(getTranslation("bestuurtrends.geen.titel"), getTranslation("bestuurtrends.geen.tekst")));
            return;
        }
        Grid<Bestuursoverzicht.Regel> nieuw = new Grid<>();
        nieuw.addColumn(Bestuursoverzicht.Regel::naam).setHeader(getTranslation("bestuurtrends.school")).setAutoWidth(true)
                .setFrozen(true);
        for (int j = 0; j < overzicht.jaargroepen().size(); j++) {
            int kolom = j;
            nieuw.addColumn(r -> cel(r.cellen().get(kolom)))
                    .setHeader(getTranslation("trends.jaargroep", overzicht.jaargroepen().get(j))).setAutoWidth(true);
        }
        nieuw.addColumn(r -> cel(r.totaal())).setHeader(getTranslation("bestuurtrends.alle-groepen")).setAutoWidth(true);
        List<Bestuursoverzicht.Regel> regels = new ArrayList<>(overzicht.scholen());
        regels.add(overzicht.bestuur());
        nieuw.setItems(regels);
        nieuw.setAllRowsVisible(true);
        nieuw.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        nieuw.getElement().setAttribute("aria-label", getTranslation("bestuurtrends.tabel",
                getTranslation("trends.vak." + overzicht.vak().code()), overzicht.schooljaar().toString()));
        tabel.add(nieuw);
        grid = nieuw;
    }

    /** "24 leerlingen · 71%"; a hidden cell says why it is empty, in words. */
    private String cel(Bestuursoverzicht.Cel c) {
        if (c.verborgen()) {
            return getTranslation("bestuurtrends.verborgen");
        }
        if (c.aantal() == 0) {
            return "–";
        }
        return c.aandeel() == null ? getTranslation("bestuurtrends.aantal", c.aantal())
                : getTranslation("bestuurtrends.cel", c.aantal(), String.valueOf(c.aandeel()).replace('.', ','));
    }
}
