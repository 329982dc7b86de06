package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.organisatie.Schoolwoord;
import nl.leerteam.organisatie.SchoolwoordenService;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/**
 * For a KC: the words of their school that are no name (a method, a local project). A false alarm of the privacy guard
 * is fixed here once for everyone who writes at the school; who added a word stays with it.
 */
@Route("schoolwoorden")
@RolesAllowed("KC")
public class SchoolwoordenView extends Div implements Paginatitel {

    private final SchoolwoordenService service;
    final Select<SchoolSamenvatting> school = new Select<>();
    final TextField woord = new TextField();
    final Button toevoegen = new Button();
    final Grid<Schoolwoord> woorden = new Grid<>();
    private final LeegTekst leeg;

    public SchoolwoordenView(SchoolwoordenService service) {
        this.service = service;
        addClassName("lt-page");
        Paragraph uitleg = new Paragraph(getTranslation("schoolwoorden.uitleg"));
        uitleg.addClassName("lt-muted");

        List<SchoolSamenvatting> scholen = service.mijnScholen();
        school.setLabel(getTranslation("schoolwoorden.school"));
        school.setItems(scholen);
        school.setItemLabelGenerator(SchoolSamenvatting::naam);
        school.setVisible(scholen.size() > 1);
        school.setId("school");
        if (!scholen.isEmpty()) {
            school.setValue(scholen.getFirst());
        }
        school.addValueChangeListener(e -> laad());

        woord.setLabel(getTranslation("schoolwoorden.woord"));
        woord.setHelperText(getTranslation("schoolwoorden.woord.hulp"));
        woord.setMaxLength(SchoolwoordenService.LANGSTE_WOORD);
        woord.setId("woord");
        woord.setWidth("min(24rem, 100%)");
        toevoegen.setText(getTranslation("schoolwoorden.toevoegen"));
        toevoegen.setIcon(VaadinIcon.PLUS.create());
        toevoegen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toevoegen.setId("woord-toevoegen");
        toevoegen.addClickListener(e -> voegToe());
        woord.addKeyPressListener(Key.ENTER, e -> voegToe());
        HorizontalLayout invoer = new HorizontalLayout(woord, toevoegen);
        invoer.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        invoer.setWrap(true);

        DateTimeFormatter wanneer = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        woorden.setId("woorden");
        woorden.addColumn(Schoolwoord::woord).setHeader(getTranslation("schoolwoorden.woord")).setFlexGrow(2);
        woorden.addColumn(w -> w.door().isEmpty() ? getTranslation("persoon.oud-medewerker") : w.door())
                .setHeader(getTranslation("schoolwoorden.door"));
        woorden.addColumn(w -> wanneer.format(w.op().atZone(Tijdzone.SCHOOL))).setHeader(getTranslation("schoolwoorden.op"));
        woorden.addComponentColumn(this::verwijderKnop).setKey("acties").setFlexGrow(0).setAutoWidth(true);
        woorden.setAllRowsVisible(true);
        leeg = new LeegTekst(getTranslation("schoolwoorden.leeg.titel"), getTranslation("schoolwoorden.leeg.tekst"));

        H2 kop = new H2(getTranslation("schoolwoorden.lijst"));
        kop.addClassName("lt-section");
        add(uitleg, school, invoer, kop, woorden, leeg);
        laad();
    }

    private Button verwijderKnop(Schoolwoord w) {
        Button weg = new Button(VaadinIcon.TRASH.create());
        weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        String label = getTranslation("schoolwoorden.verwijderen", w.woord());
        weg.setAriaLabel(label);
        weg.setTooltipText(label);
        weg.addClickListener(e -> {
            service.verwijderen(school.getValue().id(), w.id());
            Meldingen.succes(this, "schoolwoorden.verwijderd", w.woord());
            laad();
        });
        return weg;
    }

    private void voegToe() {
        if (school.getValue() == null) {
            return;
        }
        Meldingen.opslaan(this, Map.of("woord", woord), () -> {
            Schoolwoord nieuw = service.toevoegen(school.getValue().id(), woord.getValue());
            Meldingen.succes(this, "schoolwoorden.toegevoegd", nieuw.woord());
            woord.clear();
            laad();
            woord.focus();
        });
    }

    private void laad() {
        List<Schoolwoord> lijst = school.getValue() == null ? List.of() : service.woorden(school.getValue().id());
        woorden.setItems(lijst);
        woorden.setVisible(!lijst.isEmpty());
        leeg.setVisible(lijst.isEmpty());
    }

    @Override
    public String titel() {
        return getTranslation("schoolwoorden.titel");
    }
}
