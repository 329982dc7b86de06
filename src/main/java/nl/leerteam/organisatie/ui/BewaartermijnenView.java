package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.Bewaartermijnen;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Paginatitel;

import java.util.Map;

/**
 * Every period after which Leerteam removes something, in one place: the board's own choices (closed cases, finished
 * visits), which its staff change here, and what stays as long as the school uses Leerteam. Directors read it.
 */
@Route("beheer/bewaartermijnen")
@RolesAllowed({"BESTUURDER", "DIRECTEUR"})
public class BewaartermijnenView extends Div implements Paginatitel {

    final IntegerField casussen = new IntegerField();
    final IntegerField bezoeken = new IntegerField();
    final Button opslaan = new Button();

    public BewaartermijnenView(BeheerService beheer) {
        addClassName("lt-page");
        boolean bestuurder = CurrentUser.require().heeft(Rol.BESTUURDER);
        Bewaartermijnen termijnen = beheer.bewaartermijnen();
        Paragraph uitleg = new Paragraph(getTranslation(bestuurder ? "bewaartermijnen.uitleg.bestuur"
                : "bewaartermijnen.uitleg.directeur"));
        uitleg.addClassName("lt-muted");
        add(uitleg);

        veld(casussen, "casussen", termijnen.casusMaanden(), bestuurder);
        veld(bezoeken, "bezoeken", termijnen.bezoekMaanden(), bestuurder);
        add(termijn("bewaartermijnen.casussen", casussen), termijn("bewaartermijnen.bezoeken", bezoeken));
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("bewaartermijnen-opslaan");
        opslaan.setVisible(bestuurder);
        opslaan.addClickListener(e -> Meldingen.opslaan(this, Map.of("casussen", casussen, "bezoeken", bezoeken), () -> {
            beheer.bewaartermijnenInstellen(casussen.getValue(), bezoeken.getValue());
            Meldingen.succes(this, "bewaartermijnen.opgeslagen");
        }));
        add(opslaan);

        add(vast("bewaartermijnen.uitnodigingen", getTranslation("bewaartermijnen.uitnodigingen.termijn",
                        termijnen.uitnodigingDagen())),
                vast("bewaartermijnen.samen", getTranslation("bewaartermijnen.samen.termijn")),
                vast("bewaartermijnen.audit", getTranslation("bewaartermijnen.audit.termijn")));
    }

    private void veld(IntegerField veld, String id, int maanden, boolean wijzigbaar) {
        veld.setLabel(getTranslation("bewaartermijnen.maanden"));
        veld.setMin(1);
        veld.setMax(120);
        veld.setStepButtonsVisible(wijzigbaar);
        veld.setReadOnly(!wijzigbaar);
        veld.setValue(maanden);
        veld.setId("bewaartermijn-" + id);
    }

    private Div termijn(String sleutel, IntegerField veld) {
        H2 kop = new H2(getTranslation(sleutel));
        kop.addClassName("lt-section");
        veld.setHelperText(getTranslation(sleutel + ".uitleg"));
        return new Div(kop, veld);
    }

    private Div vast(String sleutel, String termijn) {
        H2 kop = new H2(getTranslation(sleutel));
        kop.addClassName("lt-section");
        Paragraph wat = new Paragraph(termijn);
        wat.addClassName("lt-bewaartermijn");
        Paragraph uitleg = new Paragraph(getTranslation(sleutel + ".uitleg"));
        uitleg.addClassName("lt-muted");
        return new Div(kop, wat, uitleg);
    }

    @Override
    public String titel() {
        return getTranslation("bewaartermijnen.titel");
    }
}
