package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.leerteam.klassenbezoek.Schoolbeeld;
import nl.leerteam.klassenbezoek.SchoolbeeldService;
import nl.leerteam.shared.ui.LeegTekst;

/** What the school's classroom visits show per criterion over one period, with every small number said as "fewer than 5". */
public class SchoolbeeldTabel extends Div {

    final Paragraph totaal = new Paragraph();
    final Grid<Schoolbeeld.Criterium> grid = new Grid<>();
    private final LeegTekst leeg;

    public SchoolbeeldTabel() {
        grid.addColumn(Schoolbeeld.Criterium::domein).setHeader(getTranslation("kijkwijzer.domein")).setAutoWidth(true);
        grid.addColumn(Schoolbeeld.Criterium::tekst).setHeader(getTranslation("kijkwijzer.criterium")).setFlexGrow(3);
        grid.addColumn(Schoolbeeld.Criterium::bezoeken).setHeader(getTranslation("schoolbeeld.bezoeken")).setAutoWidth(true);
        // a number the rule of small counts hides reads "fewer than 5"
        grid.addColumn(c -> deel(c.gezien(), c.bezoeken())).setHeader(getTranslation("waarneming.gezien")).setAutoWidth(true);
        grid.addColumn(c -> deel(c.deels(), c.bezoeken())).setHeader(getTranslation("waarneming.deels")).setAutoWidth(true);
        grid.addColumn(c -> deel(c.nietGezien(), c.bezoeken())).setHeader(getTranslation("waarneming.niet_gezien")).setAutoWidth(true);
        grid.addColumn(c -> deel(c.nvt(), c.bezoeken())).setHeader(getTranslation("waarneming.nvt")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        totaal.addClassName("lt-muted");
        leeg = new LeegTekst(getTranslation("schoolbeeld.geen.titel"),
                getTranslation("schoolbeeld.geen.tekst", SchoolbeeldService.MINIMUM_BEZOEKEN));
        add(totaal, grid, leeg);
    }

    public void toon(Schoolbeeld beeld) {
        totaal.setText(beeld.aantalBezoeken() == null
                ? getTranslation("schoolbeeld.totaal.weinig", SchoolbeeldService.MINIMUM_BEZOEKEN)
                : getTranslation("schoolbeeld.totaal", beeld.aantalBezoeken()));
        grid.setItems(beeld.criteria());
        grid.setVisible(!beeld.criteria().isEmpty());
        leeg.setVisible(beeld.criteria().isEmpty());
    }

    private String deel(Long aantal, long van) {
        return aantal == null ? getTranslation("schoolbeeld.weinig", SchoolbeeldService.MINIMUM_BEZOEKEN)
                : getTranslation("schoolbeeld.deel", aantal, Math.round(100.0 * aantal / van));
    }
}
