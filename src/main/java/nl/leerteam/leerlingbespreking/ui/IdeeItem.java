package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Idee;

/** One idea with its author; once chosen a badge, and for the owner choosing, a button to choose it. */
final class IdeeItem extends ListItem {

    private final Text tekst = new Text("");
    private final Span auteur = new Span();
    private Span gekozen;
    private Button kies;

    IdeeItem(Signal<IdeeenPart.Regel> regel, AfsprakenPart.Kiezen kiezen) {
        auteur.addClassName("lt-bijdrage-auteur");
        addClassName("lt-bijdrage");
        add(tekst, auteur);
        Signal.effect(this, () -> toon(regel.get(), kiezen));
    }

    private void toon(IdeeenPart.Regel nu, AfsprakenPart.Kiezen kiezen) {
        Idee idee = nu.idee();
        tekst.setText(idee.tekst());
        auteur.setText(idee.auteurNaam());
        if (idee.gekozen() && gekozen == null) {
            gekozen = new Span(getTranslation("bespreking.gekozen"));
            gekozen.getElement().getThemeList().add("badge success");
            add(gekozen);
        }
        if (!idee.gekozen() && nu.kiezen() && kies == null) {
            kies = new Button(getTranslation("bespreking.kies"), e -> kiezen.kies(idee.id(), idee.tekst()));
            kies.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(kies);
        }
        if (kies != null) {
            kies.setVisible(!idee.gekozen() && nu.kiezen());
        }
    }
}
