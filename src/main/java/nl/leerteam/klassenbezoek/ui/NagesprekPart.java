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
import nl.leerteam.shared.domain.Samenvoegconflict;
import nl.leerteam.shared.ui.SamenvoegDialog;
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

    private final Signal<NagesprekStap> stap;
    private final BezoekActies acties;

    NagesprekPart(Signal<NagesprekStap> stap, BezoekActies acties) {
        String bezoek = "bezoek." + acties.bezoekId() + ".";
        observator.get(0).concept(bezoek + "wat-ging-goed");
        observator.get(1).concept(bezoek + "feedforward");
        observator.get(2).concept(bezoek + "ontwikkeldoel");
        reflectieBasis.concept(bezoek + "reflectie");
        this.stap = stap;
        this.acties = acties;
        BezoekActies.tekst(watGingGoed, "bezoek.wat-ging-goed", KlassenbezoekService.MAX_TEKST, "wat-ging-goed");
        BezoekActies.tekst(feedforward, "bezoek.feedforward", KlassenbezoekService.MAX_TEKST, "feedforward");
        BezoekActies.tekst(ontwikkeldoel, "bezoek.ontwikkeldoel", KlassenbezoekService.MAX_DOEL, "ontwikkeldoel");
        BezoekActies.knop(nagesprekOpslaan, "bezoek.nagesprek-opslaan", VaadinIcon.CHECK, "nagesprek-opslaan");
        nagesprekOpslaan.addClickListener(e -> nagesprekOpslaan(stap.peek().version()));
        BezoekActies.tekst(reflectie, "bezoek.reflectie", KlassenbezoekService.MAX_TEKST, "reflectie");
        reflectie.setHelperText(getTranslation("bezoek.reflectie.uitleg"));
        BezoekActies.knop(reflectieOpslaan, "bezoek.reflectie-opslaan", VaadinIcon.CHECK, "reflectie-opslaan");
        reflectieOpslaan.addClickListener(e -> reflectieOpslaan(reflectieBasis.basis(), stap.peek().version()));
        vervolg.setLabel(getTranslation("bezoek.vervolg"));
        vervolg.setHelperText(getTranslation("bezoek.vervolg.uitleg"));
        vervolg.setClearButtonVisible(true);
        BezoekActies.knop(afronden, "bezoek.afronden", VaadinIcon.FLAG_CHECKERED, "bezoek-afronden");
        afronden.addClickListener(e -> {
            if (onbewaard()) {
                eerstOpslaan();
            } else {
                rondAf();
            }
        });
        observatorKnop = BezoekActies.rij(nagesprekOpslaan);
        leerkrachtKnop = BezoekActies.rij(reflectieOpslaan);
        add(new H3(getTranslation("bezoek.status.nagesprek")), leervraag, samenvatting, watGingGoed, feedforward, ontwikkeldoel,
                observatorKnop, reflectie, leerkrachtKnop, BezoekActies.rij(vervolg, afronden));
        Parts.bind(this, stap, nu -> toon(nu));
    }

    /**
     * Saves the observer's fields. When the visit changed meanwhile (her reflection), each field merges with what was
     * saved; when someone changed the same lines of one field, that field's two texts are shown side by side.
     */
    private void nagesprekOpslaan(long vanVersie) {
        Map<String, String> basis = new java.util.HashMap<>();
        basis.put("watGingGoed", observator.get(0).basis());
        basis.put("feedforward", observator.get(1).basis());
        basis.put("ontwikkeldoel", observator.get(2).basis());
        boolean[] conflict = {false};
        PrivacyOpslaan.opslaan(this, Map.of("watGingGoed", watGingGoed, "feedforward", feedforward, "ontwikkeldoel", ontwikkeldoel),
                Map.of("watGingGoed", watGingGoed.getLabel(), "feedforward", feedforward.getLabel(), "ontwikkeldoel", ontwikkeldoel.getLabel()),
                bevestigd -> {
                    try {
                        acties.service().nagesprek(acties.bezoekId(), watGingGoed.getValue(), feedforward.getValue(),
                                ontwikkeldoel.getValue(), basis, vanVersie, bevestigd);
                    } catch (Samenvoegconflict c) {
                        conflict[0] = true;
                        TextArea veld = switch (c.veld()) {
                            case "feedforward" -> feedforward;
                            case "ontwikkeldoel" -> ontwikkeldoel;
                            default -> watGingGoed;
                        };
                        new SamenvoegDialog(c, veld.getLabel(), veld.getMaxLength(), (gekozen, versie) -> {
                            veld.setValue(gekozen);
                            // the field now stands on the other's text: the save goes over it at its version
                            observator.get(List.of(watGingGoed, feedforward, ontwikkeldoel).indexOf(veld)).opnieuwVanaf(c.hun());
                            nagesprekOpslaan(versie);
                        }).open();
                    }
                }, () -> {
                    if (!conflict[0]) {
                        observator.forEach(Invoerbasis::bewaard);
                        Meldingen.succes(this, "bezoek.opgeslagen");
                        acties.vernieuw().run();
                    }
                });
    }

    /** Saves her reflection, merged with one saved elsewhere meanwhile, or both side by side when they overlap. */
    private void reflectieOpslaan(String vanaf, long vanVersie) {
        boolean[] conflict = {false};
        PrivacyOpslaan.opslaan(this, Map.of("reflectie", reflectie), Map.of("reflectie", reflectie.getLabel()), bevestigd -> {
            try {
                acties.service().reflectie(acties.bezoekId(), reflectie.getValue(), vanaf, vanVersie, bevestigd);
            } catch (Samenvoegconflict c) {
                conflict[0] = true;
                new SamenvoegDialog(c, reflectie.getLabel(), KlassenbezoekService.MAX_TEKST, (gekozen, versie) -> {
                    reflectie.setValue(gekozen);
                    reflectieOpslaan(c.hun(), versie);
                }).open();
            }
        }, () -> {
            if (!conflict[0]) {
                reflectieBasis.bewaard();
                Meldingen.succes(this, "bezoek.opgeslagen");
                acties.vernieuw().run();
            }
        });
    }

    /** Whether this person's fields hold text that is not saved. */
    boolean onbewaard() {
        NagesprekStap n = stap.peek();
        return n != null && ((n.ikBenObservator() && observator.stream().anyMatch(Invoerbasis::gewijzigd))
                || (n.ikBenLeerkracht() && reflectieBasis.gewijzigd()));
    }

    /** Her reflection holds text that is not saved: the page keeps this part when the other closes the visit. */
    boolean reflectieOnbewaard() {
        NagesprekStap n = stap.peek();
        return n != null && n.ikBenLeerkracht() && reflectieBasis.gewijzigd();
    }

    /** Closing the visit with text that is not saved asks first: save it, close without it, or go back. */
    private void eerstOpslaan() {
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        vraag.setHeader(getTranslation("bezoek.onbewaard.titel"));
        vraag.setText(getTranslation("bezoek.onbewaard.tekst"));
        vraag.setConfirmText(getTranslation("bezoek.onbewaard.opslaan"));
        vraag.addConfirmListener(e -> {
            if (stap.peek().ikBenObservator() && observator.stream().anyMatch(Invoerbasis::gewijzigd)) {
                nagesprekOpslaan(stap.peek().version());
            }
            if (stap.peek().ikBenLeerkracht() && reflectieBasis.gewijzigd()) {
                reflectieOpslaan(reflectieBasis.basis(), stap.peek().version());
            }
        });
        vraag.setRejectable(true);
        vraag.setRejectText(getTranslation("bezoek.onbewaard.toch"));
        vraag.addRejectListener(e -> rondAf());
        vraag.setCancelable(true);
        vraag.setCancelText(getTranslation("actie.annuleren"));
        vraag.setId("bezoek-onbewaard");
        vraag.open();
    }

    private void rondAf() {
        UUID[] nieuw = new UUID[1];
        if (Meldingen.opslaan(this, Map.of("datum", vervolg),
                () -> nieuw[0] = acties.service().afronden(acties.bezoekId(), vervolg.getValue(), stap.peek().version()))) {
            Meldingen.succes(this, nieuw[0] == null ? "bezoek.afgerond" : "bezoek.afgerond-met-vervolg");
        }
        acties.vernieuw().run();
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
