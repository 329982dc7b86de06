package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import nl.leerteam.leerlingbespreking.CasuspatroonService;
import nl.leerteam.leerlingbespreking.Casuspatronen;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.TrendgesprekService;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Beside the results, for the school's KCs and director: the pattern in the care questions (cases per
 * groep and tag, escalations per next step, over the school years), counts only; a line can open a trend
 * discussion ("six reading cases in groep 4 this year").
 */
final class CasuspatronenPart extends Details {

    final Div inhoud = new Div();
    Grid<Casuspatronen.Regel> groepen;
    Grid<Casuspatronen.Regel> tags;
    Grid<Casuspatronen.Regel> escalaties;
    private final CasuspatroonService service;
    private final TrendgesprekService gesprekken;

    CasuspatronenPart(CasuspatroonService service, TrendgesprekService gesprekken) {
        this.service = service;
        this.gesprekken = gesprekken;
        setSummaryText(getTranslation("patronen.titel"));
        setId("casuspatronen");
        add(inhoud);
    }

    void toon(TrendSchool school) {
        inhoud.removeAll();
        Casuspatronen patronen = service.patronen(school.schoolId());
        inhoud.add(new Paragraph(getTranslation(patronen.beperkt() ? "patronen.uitleg.directeur" : "patronen.uitleg.kc",
                KleineAantallen.MINIMUM)));
        groepen = grid(patronen, patronen.groepen(), r -> getTranslation("trends.jaargroep", r.wat()), school, "patronen.groepen");
        tags = grid(patronen, patronen.tags(), Casuspatronen.Regel::wat, school, "patronen.tags");
        escalaties = grid(patronen, patronen.escalaties(),
                r -> getTranslation("patronen.vervolgstap." + r.wat().toLowerCase(Locale.ROOT)), null, "patronen.escalaties");
    }

    private Grid<Casuspatronen.Regel> grid(Casuspatronen patronen, List<Casuspatronen.Regel> regels,
                                           Function<Casuspatronen.Regel, String> naam, TrendSchool school, String kop) {
        inhoud.add(new H4(getTranslation(kop)));
        if (regels.isEmpty()) {
            Paragraph geen = new Paragraph(getTranslation("patronen.geen"));
            geen.addClassName("lt-muted");
            inhoud.add(geen);
            return null;
        }
        Grid<Casuspatronen.Regel> grid = new Grid<>();
        grid.addColumn(naam::apply).setHeader(getTranslation(kop)).setAutoWidth(true);
        boolean escalatie = school == null;
        for (int j = 0; j < patronen.jaren().size(); j++) {
            int kolom = j;
            grid.addColumn(r -> escalatie ? aantal(r.open().get(kolom)) : getTranslation("patronen.cel",
                            aantal(r.open().get(kolom)), aantal(r.gesloten().get(kolom))))
                    .setHeader(patronen.jaren().get(j).toString()).setAutoWidth(true);
        }
        if (!escalatie) {
            grid.addComponentColumn(r -> {
                Button start = new Button(getTranslation("patronen.gesprek"), e -> new TrendgesprekStartDialog(gesprekken, school,
                        getTranslation("patronen.gesprek.titel", naam.apply(r), patronen.jaren().getFirst().toString()),
                        getTranslation("patronen.gesprek.aanleiding", naam.apply(r), patronen.jaren().getFirst().toString(),
                                aantal(r.open().getFirst()), aantal(r.gesloten().getFirst())),
                        id -> UI.getCurrent().navigate(TrendgesprekView.class, TrendgesprekView.parameters(id))).open());
                start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                start.setAriaLabel(getTranslation("patronen.gesprek.over", naam.apply(r)));
                start.addClassName("patroon-gesprek");
                return start;
            }).setAutoWidth(true).setFlexGrow(0).setKey("gesprek");
        }
        grid.setItems(regels);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation(kop));
        inhoud.add(grid);
        return grid;
    }

    private String aantal(Long n) {
        return n == null ? getTranslation("trends.weinig", KleineAantallen.MINIMUM) : String.valueOf(n);
    }
}
