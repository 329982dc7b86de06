package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.BestuurSamenvatting;
import nl.leerteam.organisatie.BesturenService;
import nl.leerteam.organisatie.security.InlogOpties;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Rijen;

import java.util.Map;

/** The installation administrator's page: the boards on this installation and the login providers. */
@Route("beheer/besturen")
@RolesAllowed("BEHEERDER")
public class BesturenView extends Div implements Paginatitel {

    private final BesturenService besturen;
    final Grid<BestuurSamenvatting> grid = new Grid<>();
    final Button nieuwBestuur = new Button();

    public BesturenView(BesturenService besturen, InlogOpties inlogOpties) {
        this.besturen = besturen;
        addClassName("lt-page");
        nieuwBestuur.setText(getTranslation("besturen.nieuw"));
        nieuwBestuur.setIcon(VaadinIcon.PLUS.create());
        nieuwBestuur.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nieuwBestuur.setId("nieuw-bestuur");
        nieuwBestuur.addClickListener(e -> nieuwBestuurDialog().open());
        grid.setId("besturen");
        grid.addColumn(BestuurSamenvatting::naam).setHeader(getTranslation("besturen.naam")).setFlexGrow(3);
        grid.addColumn(BestuurSamenvatting::aantalScholen).setHeader(getTranslation("besturen.scholen"));
        grid.addColumn(BestuurSamenvatting::aantalMensen).setHeader(getTranslation("besturen.mensen"));
        grid.setAllRowsVisible(true);
        Rijen.openen(grid, rij -> UI.getCurrent().navigate(BestuurView.class, BestuurView.parameters(rij.id())));

        UnorderedList providers = new UnorderedList();
        providers.setId("providers");
        inlogOpties.providers().forEach(p -> providers.add(new ListItem(p.label() + " (" + p.id() + ")")));
        if (inlogOpties.devLogin()) {
            providers.add(new ListItem(getTranslation("besturen.dev-login")));
        }
        add(nieuwBestuur, grid, new H2(getTranslation("besturen.providers")),
                new Paragraph(getTranslation("besturen.providers.uitleg")), providers);
        laad();
    }

    private void laad() {
        grid.setItems(besturen.besturen());
    }

    private Dialog nieuwBestuurDialog() {
        Dialog dialoog = new Dialog(getTranslation("besturen.nieuw"));
        TextField bestuur = new TextField(getTranslation("besturen.naam"));
        bestuur.setRequired(true);
        bestuur.setMaxLength(200);
        TextField naam = new TextField(getTranslation("besturen.bestuurder.naam"));
        naam.setRequired(true);
        naam.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("besturen.bestuurder.email"));
        email.setRequiredIndicatorVisible(true);
        dialoog.add(new FormLayout(bestuur, naam, email));
        Map<String, HasValidation> velden = Map.of("bestuur", bestuur, "naam", naam, "email", email);
        Button opslaan = new Button(getTranslation("actie.opslaan"), e -> {
            Meldingen.opslaan(this, velden, () -> {
                var uitnodiging = besturen.bestuurAanmaken(bestuur.getValue(), naam.getValue(), email.getValue());
                dialoog.close();
                laad();
                new UitnodigingLinkDialog(uitnodiging).open();
            });
        });
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialoog.getFooter().add(new Button(getTranslation("actie.annuleren"), e -> dialoog.close()), opslaan);
        return dialoog;
    }

    @Override
    public String titel() {
        return getTranslation("besturen.titel");
    }
}
