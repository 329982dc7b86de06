package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ListSignal;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.BezoekPagina.ObservatieStap;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.Lijsten;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The observation, on a tablet: per focus criterion a finding and a note, saved as the observer
 * works, and quick notes stamped with their time. The teacher sees that the observation runs.
 */
final class ObservatiePart extends Div {

    final Div waarnemingen = new Div();
    final TextField snelleNotitie = new TextField();
    final Button notitieToevoegen = new Button();
    final Span opgeslagen = new Span();
    final Button naarNagesprek = new Button();
    private final Paragraph leervraag = new Paragraph();
    private final Paragraph voorLeerkracht = new Paragraph();
    private final Div formulier = new Div();
    private final Div notities = new Div();
    private final ListSignal<BezoekDetails.Focus> criteria = new ListSignal<>();

    ObservatiePart(Signal<ObservatieStap> stap, BezoekActies acties) {
        Runnable bewaard = () -> opgeslagen.setText(getTranslation("bezoek.opgeslagen-om",
                DateTimeFormatter.ofPattern("HH:mm:ss").format(LocalTime.now(Tijdzone.SCHOOL))));
        waarnemingen.bindChildren(criteria, f -> new WaarnemingPart(f, acties, bewaard));
        snelleNotitie.setLabel(getTranslation("bezoek.snelle-notitie"));
        snelleNotitie.setMaxLength(KlassenbezoekService.MAX_SNELLE_NOTITIE);
        snelleNotitie.setId("snelle-notitie");
        BezoekActies.knop(notitieToevoegen, "bezoek.notitie-toevoegen", VaadinIcon.CLOCK, "notitie-toevoegen");
        Runnable notitie = () -> PrivacyOpslaan.opslaan(this, Map.of("tekst", snelleNotitie), Map.of("tekst", snelleNotitie.getLabel()),
                bevestigd -> acties.service().snelleNotitie(acties.bezoekId(), snelleNotitie.getValue(), bevestigd), () -> {
                    snelleNotitie.clear();
                    acties.vernieuw().run();
                });
        notitieToevoegen.addClickListener(e -> notitie.run());
        snelleNotitie.addKeyPressListener(Key.ENTER, e -> notitie.run());
        opgeslagen.addClassName("lt-muted");
        opgeslagen.setId("opgeslagen");
        BezoekActies.knop(naarNagesprek, "bezoek.naar-nagesprek", VaadinIcon.ARROW_RIGHT, "naar-nagesprek");
        naarNagesprek.addClickListener(e -> acties.doe(this, () -> acties.service().naarNagesprek(acties.bezoekId(),
                stap.peek().version())));
        formulier.add(waarnemingen, new H4(getTranslation("bezoek.snelle-notities")), notities,
                BezoekActies.rij(snelleNotitie, notitieToevoegen), opgeslagen, BezoekActies.rij(naarNagesprek));
        add(new H3(getTranslation("bezoek.status.observatie")), leervraag, voorLeerkracht, formulier);
        Parts.bind(this, stap, nu -> {
            leervraag.setText(getTranslation("bezoek.leervraag-was", nu.leervraag()));
            voorLeerkracht.setText(getTranslation("bezoek.observatie.leerkracht", nu.observatorNaam()));
            voorLeerkracht.setVisible(!nu.ikObserveer());
            formulier.setVisible(nu.ikObserveer());
            if (nu.ikObserveer()) {
                Lijsten.zet(criteria, nu.focus(), BezoekDetails.Focus::criteriumId);
                notities.removeAll();
                notities.add(BezoekActies.notitieLijst(nu.notities()));
            }
        });
    }

    /** The criteria on the form, in order. */
    List<WaarnemingPart> velden() {
        return waarnemingen.getChildren().map(WaarnemingPart.class::cast).toList();
    }
}
