package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.BezoekSamenvatting;
import nl.leerteam.klassenbezoek.Bezoekmoment;
import nl.leerteam.klassenbezoek.Collega;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.Datumveld;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.Rijen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** The person's own classroom visits, as teacher or as observer; a new one is asked for or proposed here. */
@Route("klassenbezoeken")
@RolesAllowed({"LEERKRACHT", "KC"})
public class KlassenbezoekenView extends Div implements Paginatitel {

    private final BezoekPlanningService service;
    final Grid<BezoekSamenvatting> grid = new Grid<>();
    final Button plannen = new Button();
    private final LeegTekst leeg;

    public KlassenbezoekenView(BezoekPlanningService service) {
        this.service = service;
        addClassName("lt-page");
        add(new H2(getTranslation("bezoek.menu")), new Paragraph(getTranslation("bezoek.uitleg")));
        plannen.setText(getTranslation("bezoek.plannen"));
        plannen.setIcon(VaadinIcon.PLUS.create());
        plannen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plannen.setId("bezoek-plannen");
        plannen.addClickListener(e -> new PlanDialog().open());
        grid.setId("bezoeken");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(b -> Bezoekmoment.tekst(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                        .format(b.datum()), b.tijd(), this::getTranslation))
                .setHeader(getTranslation("bijeenkomst.datum")).setAutoWidth(true);
        grid.addColumn(b -> b.ikBenLeerkracht() ? getTranslation("bezoek.bij-mij", b.observatorNaam())
                : getTranslation("bezoek.bij", b.leerkrachtNaam())).setHeader(getTranslation("bezoek.wie")).setAutoWidth(true);
        grid.addColumn(b -> b.leervraag() == null ? "" : b.leervraag()).setHeader(getTranslation("bezoek.leervraag")).setFlexGrow(3);
        grid.addColumn(b -> getTranslation("bezoek.status." + b.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("casus.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Rijen.openen(grid, rij -> UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(rij.id())));
        leeg = new LeegTekst(getTranslation("bezoek.geen.titel"), getTranslation("bezoek.geen.tekst"));
        add(plannen, grid, leeg);
        laad();
    }

    private void laad() {
        List<BezoekSamenvatting> lijst = service.mijnBezoeken();
        grid.setItems(lijst);
        grid.setVisible(!lijst.isEmpty());
        leeg.setVisible(lijst.isEmpty());
    }

    /** Ask for a visit to one's own class, or propose to visit a colleague. */
    class PlanDialog extends Dialog {

        final RadioButtonGroup<Boolean> richting = new RadioButtonGroup<>();
        final ComboBox<Collega> ander = new ComboBox<>();
        final Datumveld datum = new Datumveld();
        final TimePicker tijd = Bezoektijd.veld();
        final Button opslaan = new Button();

        PlanDialog() {
            setHeaderTitle(getTranslation("bezoek.plannen"));
            List<Collega> collegas = service.collegas();
            richting.setLabel(getTranslation("bezoek.richting"));
            richting.setItems(true, false);
            richting.setItemLabelGenerator(r -> getTranslation(r ? "bezoek.richting.bij-mij" : "bezoek.richting.bij-ander"));
            // A KC usually visits someone else's lesson; a teacher usually asks for a visit in her own groep.
            richting.setValue(!CurrentUser.require().heeft(Rol.KC));
            ander.setLabel(getTranslation("bezoek.met"));
            ander.setItems(collegas);
            ander.setItemLabelGenerator(c -> getTranslation(c.kc() ? "bezoek.collega-kc" : "bezoek.collega", c.naam(), c.schoolNaam()));
            ander.setId("bezoek-ander");
            datum.setLabel(getTranslation("bijeenkomst.datum"));
            datum.setValue(Datumveld.schooldagVanaf(LocalDate.now().plusWeeks(1)));
            add(new VerticalLayout(richting, ander, new HorizontalLayout(datum, tijd)));
            opslaan.setText(getTranslation("bezoek.plannen"));
            opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            opslaan.setId("bezoek-plannen-opslaan");
            opslaan.addClickListener(e -> {
                Collega gekozen = ander.getValue();
                UUID[] id = new UUID[1];
                if (Meldingen.opslaan(this, Map.of("ander", ander, "datum", datum, "tijd", tijd), () -> id[0] = service.plannen(
                        gekozen == null ? null : gekozen.schoolId(), gekozen == null ? null : gekozen.id(),
                        Boolean.TRUE.equals(richting.getValue()), datum.getValue(), tijd.getValue()))) {
                    close();
                    UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(id[0]));
                }
            });
            getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
            setWidth("min(32rem, 95vw)");
        }
    }

    @Override
    public String titel() {
        return getTranslation("bezoek.menu");
    }
}
