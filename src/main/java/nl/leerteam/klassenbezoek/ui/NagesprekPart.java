package nl.leerteam.klassenbezoek.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.klassenbezoek.BezoekPagina.NagesprekStap;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Invoerbasis;
import nl.leerteam.shared.ui.Meldingen;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The nagesprek: what was observed, the observer's what went well, feedforward and next goal, the
 * teacher's own reflection, and the close with an optional follow-up visit. What one of them types
 * stays while the other saves.
 */
final class NagesprekPart extends Div {

    final TextArea watGingGoed = new TextArea();
    final TextArea feedforward = new TextArea();
    final TextArea ontwikkeldoel = new TextArea();
    final Button nagesprekOpslaan = new Button();
    final TextArea reflectie = new TextArea();
    final Button reflectieOpslaan = new Button();
    final Datumveld vervolg = new Datumveld();
    final Button afronden = new Button();
    private final Paragraph leervraag = new Paragraph();
    private final Div samenvatting = new Div();
    private final Div observatorKnop;
    private final Div leerkrachtKnop;
    private final List<Invoerbasis<String>> observator = List.of(new Invoerbasis<>(watGingGoed), new Invoerbasis<>(feedforward),
            new Invoerbasis<>(ontwikkeldoel));
    private final Invoerbasis<String> reflectieBasis = new Invoerbasis<>(reflectie);

    NagesprekPart(Signal<NagesprekStap> stap, BezoekActies acties) {
        BezoekActies.tekst(watGingGoed, "bezoek.wat-ging-goed", KlassenbezoekService.MAX_TEKST, "wat-ging-goed");
        BezoekActies.tekst(feedforward, "bezoek.feedforward", KlassenbezoekService.MAX_TEKST, "feedforward");
        BezoekActies.tekst(ontwikkeldoel, "bezoek.ontwikkeldoel", KlassenbezoekService.MAX_DOEL, "ontwikkeldoel");
        BezoekActies.knop(nagesprekOpslaan, "bezoek.nagesprek-opslaan", VaadinIcon.CHECK, "nagesprek-opslaan");
        nagesprekOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("watGingGoed", watGingGoed, "feedforward", feedforward, "ontwikkeldoel", ontwikkeldoel),
                Map.of("watGingGoed", watGingGoed.getLabel(), "feedforward", feedforward.getLabel(), "ontwikkeldoel", ontwikkeldoel.getLabel()),
                bevestigd -> acties.service().nagesprek(acties.bezoekId(), watGingGoed.getValue(), feedforward.getValue(),
                        ontwikkeldoel.getValue(), stap.peek().version(), bevestigd), () -> {
                    observator.forEach(Invoerbasis::bewaard);
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    acties.vernieuw().run();
                }));
        BezoekActies.tekst(reflectie, "bezoek.reflectie", KlassenbezoekService.MAX_TEKST, "reflectie");
        reflectie.setHelperText(getTranslation("bezoek.reflectie.uitleg"));
        BezoekActies.knop(reflectieOpslaan, "bezoek.reflectie-opslaan", VaadinIcon.CHECK, "reflectie-opslaan");
        reflectieOpslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("reflectie", reflectie),
                Map.of("reflectie", reflectie.getLabel()),
                bevestigd -> acties.service().reflectie(acties.bezoekId(), reflectie.getValue(), stap.peek().version(), bevestigd), () -> {
                    reflectieBasis.bewaard();
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    acties.vernieuw().run();
                }));
        vervolg.setLabel(getTranslation("bezoek.vervolg"));
        vervolg.setHelperText(getTranslation("bezoek.vervolg.uitleg"));
        vervolg.setClearButtonVisible(true);
        BezoekActies.knop(afronden, "bezoek.afronden", VaadinIcon.FLAG_CHECKERED, "bezoek-afronden");
        afronden.addClickListener(e -> {
            UUID[] nieuw = new UUID[1];
            if (Meldingen.opslaan(this, Map.of("datum", vervolg),
                    () -> nieuw[0] = acties.service().afronden(acties.bezoekId(), vervolg.getValue(), stap.peek().version()))) {
                Meldingen.succes(this, nieuw[0] == null ? "bezoek.afgerond" : "bezoek.afgerond-met-vervolg");
            }
            acties.vernieuw().run();
        });
        observatorKnop = BezoekActies.rij(nagesprekOpslaan);
        leerkrachtKnop = BezoekActies.rij(reflectieOpslaan);
        add(new H3(getTranslation("bezoek.status.nagesprek")), leervraag, samenvatting, watGingGoed, feedforward, ontwikkeldoel,
                observatorKnop, reflectie, leerkrachtKnop, BezoekActies.rij(vervolg, afronden));
        Parts.bind(this, stap, nu -> toon(nu));
    }

    private void toon(NagesprekStap n) {
        leervraag.setText(getTranslation("bezoek.leervraag-was", n.leervraag()));
        samenvatting.removeAll();
        samenvatting.add(BezoekActies.samenvatting(this, n.focus(), n.notities()));
        observator.get(0).toon(BezoekActies.leeg(n.watGingGoed()));
        observator.get(1).toon(BezoekActies.leeg(n.feedforward()));
        observator.get(2).toon(BezoekActies.leeg(n.ontwikkeldoel()));
        reflectieBasis.toon(BezoekActies.leeg(n.reflectie()));
        for (TextArea veld : List.of(watGingGoed, feedforward, ontwikkeldoel)) {
            veld.setReadOnly(!n.ikBenObservator());
        }
        reflectie.setReadOnly(!n.ikBenLeerkracht());
        observatorKnop.setVisible(n.ikBenObservator());
        leerkrachtKnop.setVisible(n.ikBenLeerkracht());
    }
}
