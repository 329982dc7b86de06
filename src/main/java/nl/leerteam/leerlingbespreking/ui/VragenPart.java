package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ListSignal;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Vraag;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Vragen;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.ui.Lijsten;

/**
 * The round of clarifying questions: everybody's questions with the owner's answers, a field to ask
 * one while the round runs, and for the owner a field to answer each.
 */
final class VragenPart extends Div {

    /** A question, and whether the reader is the owner who answers it now. */
    record Regel(Vraag vraag, boolean antwoordt) {
    }

    final UnorderedList lijst = Bijdragen.lijst("vragen");
    final TextField vraag = new TextField();
    final Button vraagStellen = new Button();
    private final Paragraph geen = Bijdragen.leeg(this, "bespreking.geen-vragen");
    private final ListSignal<Regel> regels = new ListSignal<>();

    VragenPart(Signal<Vragen> vragen, BesprekingActies acties) {
        Bijdragen.sectie(this, Ronde.VRAGEN);
        Div invoer = Bijdragen.invoer(this, vraag, "bespreking.vraag", BesprekingService.MAX_BIJDRAGE, "vraag-tekst",
                vraagStellen, "bespreking.vraag-stellen", "vraag-stellen", acties,
                bevestigd -> acties.service().vraagStellen(acties.besprekingId(), vraag.getValue(), bevestigd));
        add(geen, lijst, invoer);
        lijst.bindChildren(regels, regel -> new VraagItem(regel, acties));
        Parts.bind(this, vragen, nu -> {
            Bijdragen.huidig(this, nu.huidig());
            Lijsten.zet(regels, nu.vragen().stream().map(v -> new Regel(v, nu.eigenaarAntwoordt())).toList(), r -> r.vraag().id());
            geen.setVisible(nu.vragen().isEmpty());
            lijst.setVisible(!nu.vragen().isEmpty());
            invoer.setVisible(nu.invoer());
        });
    }
}
