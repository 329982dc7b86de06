package nl.leerteam.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.platform.ThemaService;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;

/** Board staff keep the board's vocabulary of themes; removing one takes it off the cards that carried it. */
final class ThemasDialog extends Dialog {

    final UnorderedList lijst = new UnorderedList();
    final TextField naam = new TextField();
    final Button toevoegen = new Button();
    private final ThemaService service;

    ThemasDialog(ThemaService service) {
        this.service = service;
        setHeaderTitle(getTranslation("platform.themas"));
        naam.setLabel(getTranslation("platform.thema.naam"));
        naam.setMaxLength(ThemaService.MAX_NAAM);
        naam.setId("thema-naam");
        toevoegen.setText(getTranslation("platform.thema.toevoegen"));
        toevoegen.setIcon(VaadinIcon.PLUS.create());
        toevoegen.setId("thema-toevoegen");
        toevoegen.addClickListener(e -> Meldingen.opslaan(this, Map.of("naam", naam), () -> {
            service.toevoegen(naam.getValue());
            naam.clear();
            laad();
        }));
        Div invoer = new Div(naam, toevoegen);
        invoer.addClassName("lt-invoer");
        lijst.setId("themas");
        add(new Paragraph(getTranslation("platform.themas.uitleg")), lijst, invoer);
        getFooter().add(new Button(getTranslation("actie.sluiten"), e -> close()));
        setWidth("min(32rem, 95vw)");
        laad();
    }

    private void laad() {
        lijst.removeAll();
        service.themas().forEach(t -> {
            Button weg = new Button(VaadinIcon.TRASH.create(), e -> Meldingen.opslaan(this, Map.of(), () -> {
                service.verwijderen(t.id());
                laad();
            }));
            weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            weg.setAriaLabel(getTranslation("platform.thema.verwijderen", t.naam()));
            lijst.add(new ListItem(new com.vaadin.flow.component.Text(t.naam() + " "), weg));
        });
    }
}
