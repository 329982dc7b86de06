package nl.leerteam.trends.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.leerlingbespreking.CasuspatroonService;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.trends.AmbitieService;
import nl.leerteam.trends.Resultatenoverzicht;
import nl.leerteam.trends.TrendImportService;
import nl.leerteam.trends.TrendSchool;
import nl.leerteam.trends.TrendService;
import nl.leerteam.trends.TrendgesprekService;
import nl.leerteam.trends.TrendnotitieService;

import java.util.List;

/**
 * A school's test results of one school year, per subject, for everybody of the school: a table per
 * subject with every number under the rule of small counts, and where a trend line breaks. The
 * school's KCs and director import results here.
 */
@Route("trends")
@RolesAllowed({"LEERKRACHT", "KC", "DIRECTEUR"})
public class TrendsView extends Div implements Paginatitel {

    private final TrendService service;
    private final TrendImportService importService;
    private final TrendnotitieService notitieService;

    final Select<TrendSchool> school = new Select<>();
    final Select<Schooljaar> schooljaar = new Select<>();
    final Button importeren = new Button();
    final Button ambities = new Button();
    final Div vakken = new Div();
    final TrendgesprekkenPart gesprekken;
    final CasuspatronenPart patronen;

    public TrendsView(TrendService service, TrendImportService importService, AmbitieService ambitieService,
                      TrendgesprekService gesprekService, TrendnotitieService notitieService, CasuspatroonService patroonService) {
        this.service = service;
        this.notitieService = notitieService;
        this.gesprekken = new TrendgesprekkenPart(gesprekService);
        this.patronen = new CasuspatronenPart(patroonService, gesprekService);
        this.importService = importService;
        addClassName("lt-page");
        add(new H2(getTranslation("trends.titel")), new Paragraph(getTranslation("trends.uitleg")));

        List<TrendSchool> scholen = service.scholen();
        school.setLabel(getTranslation("trends.school"));
        school.setItems(scholen);
        school.setItemLabelGenerator(TrendSchool::naam);
        schooljaar.setLabel(getTranslation("trends.schooljaar"));
        schooljaar.setItemLabelGenerator(Schooljaar::toString);
        importeren.setText(getTranslation("trends.importeren"));
        importeren.setIcon(VaadinIcon.UPLOAD.create());
        importeren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importeren.setId("trends-importeren");
        importeren.addClickListener(e -> new TrendImportDialog(importService, school.getValue(), () -> laad(null)).open());
        ambities.setText(getTranslation("trends.ambities"));
        ambities.setIcon(VaadinIcon.FLAG_CHECKERED.create());
        ambities.setId("trends-ambities");
        ambities.addClickListener(e -> new AmbitiesDialog(ambitieService, school.getValue(), () -> laad(schooljaar.getValue())).open());
        Div filters = new Div(school, schooljaar, importeren, ambities);
        filters.addClassName("lt-invoer");
        vakken.setId("trends-vakken");
        add(filters, gesprekken, patronen, vakken);

        if (scholen.isEmpty()) {
            filters.setVisible(false);
            gesprekken.setVisible(false);
            patronen.setVisible(false);
            add(new LeegTekst(getTranslation("trends.geen-school.titel"), getTranslation("trends.geen-school.tekst")));
            return;
        }
        school.setValue(scholen.getFirst());
        laad(null);
        school.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                laad(null);
            }
        });
        schooljaar.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                laad(e.getValue());
            }
        });
    }

    private void laad(Schooljaar jaar) {
        TrendSchool gekozen = school.getValue();
        importeren.setVisible(gekozen.importeren());
        ambities.setVisible(gekozen.importeren());
        if (jaar == null) {
            gesprekken.toon(gekozen);
            patronen.setVisible(gekozen.importeren());
            if (gekozen.importeren()) {
                patronen.toon(gekozen);
            }
        }
        Resultatenoverzicht overzicht = service.overzicht(gekozen.schoolId(), jaar);
        schooljaar.setItems(overzicht.jaren().isEmpty() ? List.of(overzicht.schooljaar()) : overzicht.jaren());
        schooljaar.setValue(overzicht.schooljaar());
        vakken.removeAll();
        if (overzicht.vakken().isEmpty()) {
            vakken.add(new LeegTekst(getTranslation("trends.geen.titel"),
                    getTranslation(gekozen.importeren() ? "trends.geen.tekst-kc" : "trends.geen.tekst")));
            return;
        }
        VakTabel.Notities notities = new VakTabel.Notities(notitieService, gekozen.schoolId(), overzicht.schooljaar(),
                () -> laad(overzicht.schooljaar()));
        overzicht.vakken().forEach(vak -> vakken.add(new VakTabel(vak, overzicht.schooljaar().toString(), notities)));
    }

    @Override
    public String titel() {
        return getTranslation("trends.titel");
    }
}
