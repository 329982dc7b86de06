package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ListSignal;
import nl.leerteam.leerlingbespreking.BesprekingPagina.Analyse;
import nl.leerteam.leerlingbespreking.BesprekingPagina.FactorRegel;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.Factor;
import nl.leerteam.leerlingbespreking.Ronde;
import nl.leerteam.shared.ui.Lijsten;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The analysis round: what helps and what hinders, in the child and around it, in four boxes. */
final class AnalysePart extends Div {

    final Select<Factor> factorSoort = new Select<>();
    final TextField factor = new TextField();
    final Button factorToevoegen = new Button();
    private final Map<Factor, ListSignal<FactorRegel>> vakken = new EnumMap<>(Factor.class);

    AnalysePart(Signal<Analyse> analyse, BesprekingActies acties) {
        Bijdragen.sectie(this, Ronde.ANALYSE);
        Div vakkenRij = new Div();
        vakkenRij.addClassName("lt-factoren");
        for (Factor f : Factor.values()) {
            UnorderedList lijst = Bijdragen.lijst("factoren-" + f.name().toLowerCase(Locale.ROOT));
            ListSignal<FactorRegel> regels = new ListSignal<>();
            // A factor never changes once given: its item is made once, from the value it was added with.
            lijst.bindChildren(regels, r -> Bijdragen.item(r.peek().tekst(), r.peek().auteurNaam()));
            vakken.put(f, regels);
            vakkenRij.add(new Div(new Span(getTranslation(Bijdragen.factorKey(f))), lijst));
        }
        factorSoort.setLabel(getTranslation("bespreking.factor-soort"));
        factorSoort.setItems(Factor.values());
        factorSoort.setItemLabelGenerator(f -> getTranslation(Bijdragen.factorKey(f)));
        factorSoort.setValue(Factor.KIND_STIMULEREND);
        factorSoort.setId("factor-soort");
        Div invoer = Bijdragen.invoer(this, factor, "bespreking.factor", BesprekingService.MAX_BIJDRAGE, "factor-tekst",
                factorToevoegen, "bespreking.factor-toevoegen", "factor-toevoegen", acties, Map.of("factor", factorSoort),
                bevestigd -> acties.service().factorToevoegen(acties.besprekingId(), factorSoort.getValue(), factor.getValue(),
                        bevestigd));
        invoer.addComponentAsFirst(factorSoort);
        add(vakkenRij, invoer);
        Parts.bind(this, analyse, nu -> {
            Bijdragen.huidig(this, nu.huidig());
            vakken.forEach((f, regels) -> Lijsten.zet(regels, nu.factoren().stream().filter(r -> r.factor() == f).toList(),
                    FactorRegel::id));
            invoer.setVisible(nu.invoer());
        });
    }
}
