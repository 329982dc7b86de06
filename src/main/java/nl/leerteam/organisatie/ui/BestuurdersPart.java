package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.ui.Meldingen;

import java.util.UUID;

/** Board staff: who administers the board, and adding or removing someone in that role. */
class BestuurdersPart extends Div {

    private final BeheerService beheer;
    final Grid<PersoonSamenvatting> bestuurders = new Grid<>();
    final Button toevoegen = new Button();

    BestuurdersPart(BeheerService beheer) {
        this.beheer = beheer;
        UUID ik = CurrentUser.require().gebruikerId();
        H2 kop = new H2(getTranslation("beheer.bestuurders.titel"));
        kop.addClassName("lt-section");
        toevoegen.setText(getTranslation("beheer.bestuurders.toevoegen"));
        toevoegen.setIcon(VaadinIcon.PLUS.create());
        toevoegen.setId("bestuurder-toevoegen");
        toevoegen.addClickListener(e -> new BestuurderDialog(beheer::bestuurderToevoegen, this::laad).open());
        bestuurders.setId("bestuurders");
        bestuurders.addColumn(PersoonSamenvatting::naam).setHeader(getTranslation("beheer.persoon.naam")).setFlexGrow(2);
        bestuurders.addColumn(PersoonSamenvatting::email).setHeader(getTranslation("beheer.persoon.email")).setFlexGrow(2);
        bestuurders.addColumn(p -> getTranslation(p.actief() ? "beheer.persoon.actief" : "beheer.persoon.uitgenodigd"))
                .setHeader(getTranslation("beheer.persoon.status"));
        bestuurders.addComponentColumn(p -> {
            Button intrekken = new Button(getTranslation("beheer.bestuurders.intrekken"), e -> {
                beheer.bestuurderRolIntrekken(p.id());
                Meldingen.succes(this, "beheer.bestuurders.ingetrokken", p.naam());
                laad();
            });
            intrekken.setEnabled(!p.id().equals(ik));
            return intrekken;
        }).setKey("acties").setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        bestuurders.setAllRowsVisible(true);
        add(kop, new Paragraph(getTranslation("beheer.bestuurders.uitleg")), toevoegen, bestuurders);
        laad();
    }

    private void laad() {
        bestuurders.setItems(beheer.bestuurders());
    }
}
