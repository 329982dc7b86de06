package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.BestuurOverzicht;
import nl.leerteam.organisatie.BesturenService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.RouteIds;

import java.util.UUID;

/**
 * One board for the installation administrator: its schools and its administrators, and a way to make someone its
 * administrator when the last one left. What the schools hold is not shown: the installation runs boards, it does not read them.
 */
@Route("beheer/besturen/:bestuurId")
@RolesAllowed("BEHEERDER")
public class BestuurView extends Div implements BeforeEnterObserver, Paginatitel {

    private final BesturenService besturen;
    private UUID bestuurId;
    private BestuurOverzicht bestuur;
    final H2 naam = new H2();
    final Grid<SchoolSamenvatting> scholen = new Grid<>();
    final Grid<PersoonSamenvatting> bestuurders = new Grid<>();
    final Button uitnodigen = new Button();

    public BestuurView(BesturenService besturen, nl.leerteam.organisatie.WissenService wissen) {
        this.besturen = besturen;
        addClassName("lt-page");
        scholen.setId("bestuur-scholen");
        scholen.addColumn(SchoolSamenvatting::naam).setHeader(getTranslation("beheer.school.naam")).setFlexGrow(3);
        scholen.addColumn(SchoolSamenvatting::brin).setHeader(getTranslation("beheer.school.brin"));
        scholen.addColumn(s -> s.plaats() == null ? "" : s.plaats()).setHeader(getTranslation("beheer.school.plaats"));
        scholen.setAllRowsVisible(true);
        bestuurders.setId("bestuur-beheerders");
        bestuurders.addColumn(PersoonSamenvatting::naam).setHeader(getTranslation("beheer.persoon.naam")).setFlexGrow(2);
        bestuurders.addColumn(PersoonSamenvatting::email).setHeader(getTranslation("beheer.persoon.email")).setFlexGrow(2);
        bestuurders.addColumn(p -> getTranslation(p.actief() ? "beheer.persoon.actief" : "beheer.persoon.uitgenodigd"))
                .setHeader(getTranslation("beheer.persoon.status"));
        // the installation's administrator erases a board administrator on request, as board staff erase their people
        bestuurders.addComponentColumn(p -> {
            Button wis = new Button(getTranslation("wissen.knop"), e -> WissenVraag.open(this, wissen, p.id(), p.naam(), this::laad));
            wis.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            wis.setAriaLabel(getTranslation("wissen.titel", p.naam()));
            return wis;
        }).setKey("acties").setHeader(getTranslation("beheer.acties")).setAutoWidth(true).setFlexGrow(0);
        bestuurders.setAllRowsVisible(true);
        uitnodigen.setText(getTranslation("besturen.bestuurder.uitnodigen"));
        uitnodigen.setIcon(VaadinIcon.ENVELOPE.create());
        uitnodigen.setId("bestuurder-uitnodigen");
        uitnodigen.addClickListener(e -> new BestuurderDialog((naam, email) -> besturen.bestuurderUitnodigen(bestuurId, naam, email),
                this::laad).open());
        Paragraph geenInhoud = new Paragraph(getTranslation("besturen.bestuur.uitleg"));
        geenInhoud.addClassName("lt-muted");
        add(new RouterLink(getTranslation("besturen.terug"), BesturenView.class), naam, geenInhoud,
                new H3(getTranslation("besturen.scholen")), scholen,
                new H3(getTranslation("besturen.bestuurders")), uitnodigen, bestuurders);
    }

    public static RouteParameters parameters(UUID bestuurId) {
        return new RouteParameters("bestuurId", bestuurId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bestuurId = RouteIds.uit(event, "bestuurId");
        laad();
    }

    private void laad() {
        bestuur = besturen.bestuur(bestuurId);
        naam.setText(bestuur.naam());
        scholen.setItems(bestuur.scholen());
        bestuurders.setItems(bestuur.bestuurders());
    }

    @Override
    public String titel() {
        return bestuur == null ? getTranslation("besturen.titel") : bestuur.naam();
    }
}
