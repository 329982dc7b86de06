package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Afspraken;
import nl.leerteam.leerlingbespreking.Ronde;

import java.util.UUID;

/** The round of choices and agreements: what the owner agreed, with the evaluation date of each. */
final class AfsprakenPart extends Div {

    /** The owner turns an idea (or, with {@code null}, their own words) into an agreement. */
    interface Kiezen {
        void kies(UUID ideeId, String tekst);
    }

    final Button eigenAfspraak = new Button();
    private final Div lijst = new Div();
    private final Paragraph uitleg = new Paragraph();

    AfsprakenPart(Signal<Afspraken> afspraken, Kiezen kiezen) {
        Bijdragen.sectie(this, Ronde.AFSPRAKEN);
        eigenAfspraak.setText(getTranslation("bespreking.eigen-afspraak"));
        eigenAfspraak.setIcon(VaadinIcon.PLUS.create());
        eigenAfspraak.setId("eigen-afspraak");
        eigenAfspraak.addClickListener(e -> kiezen.kies(null, ""));
        uitleg.setText(getTranslation("bespreking.kies-uitleg"));
        add(lijst, uitleg, eigenAfspraak);
        Parts.bind(this, afspraken, nu -> {
            Bijdragen.huidig(this, nu.huidig());
            lijst.removeAll();
            lijst.add(AfspraakLijst.van(this, nu.afspraken()));
            uitleg.setVisible(nu.maken());
            eigenAfspraak.setVisible(nu.maken());
        });
    }
}
