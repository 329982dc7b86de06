package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ListSignal;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Idee;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Ideeen;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.ui.Lijsten;

/** The round of ideas; in the round of choices the owner picks ideas to turn into agreements. */
final class IdeeenPart extends Div {

    /** An idea, and whether the reader is the owner who may choose it now. */
    record Regel(Idee idee, boolean kiezen) {
    }

    final UnorderedList lijst = Bijdragen.lijst("ideeen");
    final TextField idee = new TextField();
    final Button ideeToevoegen = new Button();
    private final Paragraph geen = Bijdragen.leeg(this, "bespreking.geen-ideeen");
    private final ListSignal<Regel> regels = new ListSignal<>();

    IdeeenPart(Signal<Ideeen> ideeen, BesprekingActies acties, AfsprakenPart.Kiezen kiezen) {
        Bijdragen.sectie(this, Ronde.IDEEEN);
        Div invoer = Bijdragen.invoer(this, idee, "bespreking.idee", BesprekingService.MAX_BIJDRAGE, "idee-tekst",
                ideeToevoegen, "bespreking.idee-toevoegen", "idee-toevoegen", acties,
                bevestigd -> acties.service().ideeToevoegen(acties.besprekingId(), idee.getValue(), bevestigd));
        add(geen, lijst, invoer);
        lijst.bindChildren(regels, regel -> new IdeeItem(regel, kiezen));
        Parts.bind(this, ideeen, nu -> {
            Bijdragen.huidig(this, nu.huidig());
            Lijsten.zet(regels, nu.ideeen().stream().map(i -> new Regel(i, nu.kiezen())).toList(), r -> r.idee().id());
            geen.setVisible(nu.ideeen().isEmpty());
            lijst.setVisible(!nu.ideeen().isEmpty());
            invoer.setVisible(nu.invoer());
        });
    }
}
