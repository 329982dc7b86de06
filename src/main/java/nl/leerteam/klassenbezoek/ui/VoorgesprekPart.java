package nl.leerteam.klassenbezoek.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.klassenbezoek.BezoekPagina.VoorgesprekStap;
import nl.leerteam.klassenbezoek.KijkwijzerInhoud;
import nl.leerteam.klassenbezoek.KijkwijzerSamenvatting;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Invoerbasis;
import nl.leerteam.shared.ui.Meldingen;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The voorgesprek: the teacher's own learning question, the lesson and group, and at most eight focus
 * criteria of a kijkwijzer. Teacher and observer both fill it in; the observer then starts observing.
 */
final class VoorgesprekPart extends Div {

    final Datumveld datum = new Datumveld();
    final TimePicker tijd = Bezoektijd.veld();
    final TextArea leervraag = new TextArea();
    final TextField les = new TextField();
    final Select<Integer> groep = new Select<>();
    final Select<KijkwijzerSamenvatting> kijkwijzer = new Select<>();
    final CheckboxGroup<KijkwijzerInhoud.Criterium> focus = new CheckboxGroup<>();
    final Button opslaan = new Button();
    final Button observatieStarten = new Button();
    private final Paragraph voorLeerkracht = new Paragraph();
    private final Invoerbasis<String> leervraagBasis = new Invoerbasis<>(leervraag);
    private final Invoerbasis<String> lesBasis = new Invoerbasis<>(les);
    private final Invoerbasis<java.time.LocalDate> datumBasis = new Invoerbasis<>(datum);
    private final Invoerbasis<LocalTime> tijdBasis = new Invoerbasis<>(tijd);
    private final Invoerbasis<Integer> groepBasis = new Invoerbasis<>(groep);
    private final Invoerbasis<KijkwijzerSamenvatting> kijkwijzerBasis = new Invoerbasis<>(kijkwijzer);
    private final Invoerbasis<java.util.Set<KijkwijzerInhoud.Criterium>> focusBasis = new Invoerbasis<>(focus);
    private final KijkwijzerService kijkwijzers;
    private Map<UUID, String> afspraken = Map.of();

    VoorgesprekPart(Signal<VoorgesprekStap> stap, BezoekActies acties, KijkwijzerService kijkwijzers) {
        leervraagBasis.concept("bezoek." + acties.bezoekId() + ".leervraag");
        lesBasis.concept("bezoek." + acties.bezoekId() + ".les");
        this.kijkwijzers = kijkwijzers;
        datum.setLabel(getTranslation("bijeenkomst.datum"));
        leervraag.setLabel(getTranslation("bezoek.leervraag"));
        leervraag.setHelperText(getTranslation("bezoek.leervraag.uitleg"));
        leervraag.setMaxLength(KlassenbezoekService.MAX_LEERVRAAG);
        leervraag.setWidthFull();
        leervraag.setId("leervraag");
        les.setLabel(getTranslation("bezoek.les"));
        les.setMaxLength(KlassenbezoekService.MAX_LES);
        groep.setLabel(getTranslation("casus.groep"));
        groep.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        groep.setItemLabelGenerator(g -> g == null ? getTranslation("bezoek.groep.geen") : getTranslation("casus.groep.waarde", g));
        groep.setEmptySelectionAllowed(true);
        kijkwijzer.setLabel(getTranslation("kijkwijzer.menu"));
        kijkwijzer.setItemLabelGenerator(KijkwijzerSamenvatting::naam);
        // A kijkwijzer's name runs to 120 characters; the select takes the width it needs.
        kijkwijzer.setWidth("min(48rem, 100%)");
        kijkwijzer.addValueChangeListener(e -> {
            // Only a choice on screen resets the focus; showing a saved voorgesprek sets both itself.
            if (e.isFromClient()) {
                toonCriteria(e.getValue(), List.of());
            }
        });
        focus.setLabel(getTranslation("bezoek.focus", KlassenbezoekService.MAX_FOCUS));
        // a criterion the school's trend discussions agreed to look at says so, with the intervention
        focus.setItemLabelGenerator(c -> afspraken.containsKey(c.id())
                ? getTranslation("bezoek.focus.afgesproken", c.tekst(), afspraken.get(c.id())) : c.tekst());
        focus.setId("focus");
        // How many of the eight are chosen, as she chooses: the limit is told before it refuses.
        focus.addValueChangeListener(e -> focus.setHelperText(getTranslation("bezoek.focus.teller",
                e.getValue() == null ? 0 : e.getValue().size(), KlassenbezoekService.MAX_FOCUS)));
        focus.setHelperText(getTranslation("bezoek.focus.teller", 0, KlassenbezoekService.MAX_FOCUS));
        focus.addClassName("lt-focus");
        BezoekActies.knop(opslaan, "bezoek.voorgesprek-opslaan", VaadinIcon.CHECK, "voorgesprek-opslaan");
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this,
                Map.of("leervraag", leervraag, "les", les, "datum", datum, "tijd", tijd, "groep", groep, "kijkwijzer", kijkwijzer,
                        "focus", focus),
                Map.of("leervraag", leervraag.getLabel(), "les", les.getLabel()),
                bevestigd -> acties.service().voorgesprek(acties.bezoekId(), new Voorgesprek(datum.getValue(), tijd.getValue(), leervraag.getValue(),
                        les.getValue(), groep.getValue(), kijkwijzer.getValue() == null ? null : kijkwijzer.getValue().versieId(),
                        focus.getValue().stream().map(KijkwijzerInhoud.Criterium::id).toList(), stap.peek().version()), bevestigd),
                () -> {
                    List.of(leervraagBasis, lesBasis, datumBasis, tijdBasis, groepBasis, kijkwijzerBasis, focusBasis)
                            .forEach(Invoerbasis::bewaard);
                    Meldingen.succes(this, "bezoek.opgeslagen");
                    acties.vernieuw().run();
                }));
        BezoekActies.knop(observatieStarten, "bezoek.observatie-starten", VaadinIcon.EYE, "observatie-starten");
        observatieStarten.addClickListener(e -> acties.doe(this,
                () -> acties.service().observatieStarten(acties.bezoekId(), stap.peek().version())));
        voorLeerkracht.setText(getTranslation("bezoek.voorgesprek.leerkracht"));
        Div velden = BezoekActies.rij(datum, tijd, les, groep);
        add(new H3(getTranslation("bezoek.status.voorgesprek")), leervraag, velden, kijkwijzer, focus, BezoekActies.rij(opslaan));
        Parts.bind(this, stap, nu -> toon(nu));
    }

    /** Shows what is saved; fields the reader is changing keep what they typed or chose. */
    private void toon(VoorgesprekStap v) {
        afspraken = v.afspraken();
        datumBasis.toon(v.datum());
        tijdBasis.toon(v.tijd());
        leervraagBasis.toon(BezoekActies.leeg(v.leervraag()));
        lesBasis.toon(BezoekActies.leeg(v.les()));
        groepBasis.toon(v.groep());
        if (!kijkwijzerBasis.gewijzigd() && !focusBasis.gewijzigd()) {
            List<KijkwijzerSamenvatting> lijst = kijkwijzers.kijkwijzers();
            kijkwijzer.setItems(lijst);
            KijkwijzerSamenvatting gekozen = lijst.stream().filter(k -> k.versieId().equals(v.kijkwijzerVersieId())).findFirst()
                    .orElse(lijst.isEmpty() ? null : lijst.getFirst());
            kijkwijzerBasis.toon(gekozen);
            toonCriteria(gekozen, v.focus());
            focusBasis.toon(focus.getValue());
        }
        if (v.magObservatieStarten() && !observatieStarten.isAttached()) {
            add(BezoekActies.rij(observatieStarten));
        }
        observatieStarten.setVisible(v.magObservatieStarten());
        if (v.ikBenLeerkracht() && !voorLeerkracht.isAttached()) {
            add(voorLeerkracht);
        }
    }

    private void toonCriteria(KijkwijzerSamenvatting gekozen, List<UUID> aangevinkt) {
        if (gekozen == null) {
            focus.setItems(List.of());
            return;
        }
        KijkwijzerInhoud inhoud = kijkwijzers.kijkwijzer(gekozen.id(), null).inhoud();
        List<KijkwijzerInhoud.Criterium> alle = new ArrayList<>();
        inhoud.domeinen().forEach(d -> d.criteria().forEach(c -> alle.add(new KijkwijzerInhoud.Criterium(c.id(),
                d.naam() + " · " + c.tekst(), c.toelichting()))));
        focus.setItems(alle);
        focus.setValue(new LinkedHashSet<>(alle.stream().filter(c -> aangevinkt.contains(c.id())).toList()));
    }
}
