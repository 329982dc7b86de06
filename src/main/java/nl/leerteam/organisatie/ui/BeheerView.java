package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.LeegTekst;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;
import nl.leerteam.shared.ui.Rijen;

import java.util.List;

/** Administration: the schools this person administers. Board staff also add schools and board administrators here. */
@Route("beheer")
@RolesAllowed({"BESTUURDER", "DIRECTEUR"})
public class BeheerView extends Div implements Paginatitel {

    private final BeheerService beheer;
    final Grid<SchoolSamenvatting> scholen = new Grid<>();
    final Button nieuweSchool = new Button();
    private final LeegTekst leeg;

    public BeheerView(BeheerService beheer) {
        this.beheer = beheer;
        addClassName("lt-page");
        boolean bestuurder = CurrentUser.require().heeft(Rol.BESTUURDER);
        nieuweSchool.setText(getTranslation("beheer.school.nieuw"));
        nieuweSchool.setIcon(VaadinIcon.PLUS.create());
        nieuweSchool.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nieuweSchool.setId("nieuwe-school");
        nieuweSchool.setVisible(bestuurder);
        nieuweSchool.addClickListener(e -> new SchoolDialog(beheer, null, school -> {
            Meldingen.succes(this, "beheer.school.opgeslagen", school.naam());
            laad();
        }).open());

        scholen.setId("scholen");
        scholen.addColumn(SchoolSamenvatting::naam).setHeader(getTranslation("beheer.school.naam")).setFlexGrow(3);
        scholen.addColumn(SchoolSamenvatting::brin).setHeader(getTranslation("beheer.school.brin"));
        scholen.addColumn(SchoolSamenvatting::plaats).setHeader(getTranslation("beheer.school.plaats"));
        Rijen.openen(scholen, rij -> getUI().ifPresent(ui -> ui.navigate(SchoolBeheerView.class,
                SchoolBeheerView.parameters(rij.id()))));
        scholen.setAllRowsVisible(true);
        leeg = new LeegTekst(getTranslation("beheer.geen-scholen.titel"), getTranslation("beheer.geen-scholen.tekst"));
        H2 kop = new H2(getTranslation("beheer.scholen.titel"));
        kop.addClassName("lt-section");
        Paragraph uitleg = new Paragraph(getTranslation("beheer.scholen.uitleg"));
        uitleg.addClassName("lt-muted");
        add(kop, uitleg, nieuweSchool, scholen, leeg);
        if (bestuurder) {
            add(new BestuurdersPart(beheer));
        }
        H2 privacy = new H2(getTranslation("beheer.privacy.titel"));
        privacy.addClassName("lt-section");
        RouterLink termijnen = new RouterLink(getTranslation("bewaartermijnen.titel"), BewaartermijnenView.class);
        termijnen.setId("naar-bewaartermijnen");
        Div verklaringen = new Div(termijnen);
        verklaringen.addClassName("lt-stack");
        for (SchoolSamenvatting school : beheer.beheerbareScholen()) {
            RouterLink verklaring = new RouterLink(getTranslation("beheer.privacy.verklaring", school.naam()),
                    PrivacyverklaringView.class, PrivacyverklaringView.parameters(school.id()));
            verklaring.addClassName("lt-privacyverklaring-link");
            verklaringen.add(new Div(verklaring));
        }
        add(privacy, new Paragraph(getTranslation("beheer.privacy.uitleg")), verklaringen);
        laad();
    }

    private void laad() {
        List<SchoolSamenvatting> lijst = beheer.beheerbareScholen();
        scholen.setItems(lijst);
        scholen.setVisible(!lijst.isEmpty());
        leeg.setVisible(lijst.isEmpty());
    }

    @Override
    public String titel() {
        return getTranslation("beheer.titel");
    }
}
