package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.button.Button;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.Collega;
import nl.leerteam.klassenbezoek.SchoolbeeldService;
import nl.leerteam.klassenbezoek.Schoolbeeld;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the school's classroom visits show per criterion, for its KC and director: counts over
 * many visits, never one teacher's visit.
 */
@Route("klassenbezoeken/schoolbeeld")
@RolesAllowed({"KC", "DIRECTEUR"})
public class SchoolbeeldView extends Div implements Paginatitel {

    private final SchoolbeeldService service;

    final Select<Collega> school = new Select<>();
    final Select<Schooljaar> schooljaar = new Select<>();
    final Select<Schooljaar.Periode> periode = new Select<>();
    final Button tonen = new Button();
    final SchoolbeeldTabel tabel = new SchoolbeeldTabel();

    public SchoolbeeldView(SchoolbeeldService service) {
        this.service = service;
        addClassName("lt-page");
        add(new H2(getTranslation("schoolbeeld.titel")),
                new Paragraph(getTranslation("schoolbeeld.uitleg", SchoolbeeldService.MINIMUM_BEZOEKEN)));
        List<Collega> scholen = service.schoolbeeldScholen();
        school.setLabel(getTranslation("schoolbeeld.school"));
        school.setItems(scholen);
        school.setItemLabelGenerator(Collega::schoolNaam);
        if (!scholen.isEmpty()) {
            school.setValue(scholen.getFirst());
        }
        List<Schooljaar> jaren = service.schooljaren();
        schooljaar.setLabel(getTranslation("schoolbeeld.schooljaar"));
        schooljaar.setItems(jaren);
        schooljaar.setValue(jaren.getFirst());
        periode.setLabel(getTranslation("schoolbeeld.periode"));
        periode.setItems(Schooljaar.Periode.values());
        periode.setItemLabelGenerator(p -> getTranslation("schoolbeeld.periode." + p.name().toLowerCase(Locale.ROOT)));
        periode.setValue(Schooljaar.Periode.SCHOOLJAAR);
        tonen.setText(getTranslation("schoolbeeld.tonen"));
        tonen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tonen.setId("schoolbeeld-tonen");
        tonen.addClickListener(e -> laad());
        Div filters = new Div(school, schooljaar, periode, tonen);
        filters.addClassName("lt-invoer");
        tabel.grid.setId("schoolbeeld");
        add(filters, tabel);
        if (!scholen.isEmpty()) {
            laad();
        }
    }

    private void laad() {
        Meldingen.opslaan(this, Map.of("schooljaar", schooljaar, "periode", periode), () -> {
            Schoolbeeld beeld = service.schoolbeeld(school.getValue() == null ? null : school.getValue().schoolId(),
                    schooljaar.getValue(), periode.getValue());
            tabel.toon(beeld);
        });
    }

    @Override
    public String titel() {
        return getTranslation("schoolbeeld.titel");
    }
}
