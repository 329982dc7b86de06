package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Waarneming;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Invoerbasis;

import java.util.Locale;
import java.util.Map;

/**
 * One focus criterion on the observation form: seen, partly, not seen or not applicable, and a
 * note. Every choice and every pause in typing is saved at once.
 */
final class WaarnemingPart extends Div {

    final RadioButtonGroup<Waarneming> waarneming = new RadioButtonGroup<>();
    final TextArea notitie = new TextArea();
    private final Span domein = new Span();
    private final H4 tekst = new H4();
    private final Invoerbasis<Waarneming> waarnemingBasis = new Invoerbasis<>(waarneming);
    private final Invoerbasis<String> notitieBasis = new Invoerbasis<>(notitie);
    private final Signal<BezoekDetails.Focus> criterium;

    WaarnemingPart(Signal<BezoekDetails.Focus> criterium, BezoekActies acties, Runnable opgeslagen) {
        this.criterium = criterium;
        addClassNames("lt-card", "lt-waarneming");
        waarneming.setItems(Waarneming.values());
        waarneming.setItemLabelGenerator(w -> getTranslation("waarneming." + w.name().toLowerCase(Locale.ROOT)));
        notitie.setPlaceholder(getTranslation("bezoek.notitie"));
        notitie.setAriaLabel(getTranslation("bezoek.notitie"));
        notitie.setMaxLength(KlassenbezoekService.MAX_TEKST);
        notitie.setWidthFull();
        // A pause of a second in typing saves: closing the tablet loses at most that second.
        notitie.setValueChangeMode(ValueChangeMode.TIMEOUT);
        notitie.setValueChangeTimeout(1000);
        domein.addClassName("lt-muted");
        add(domein, tekst, waarneming, notitie);
        waarneming.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                bewaar(acties, opgeslagen);
            }
        });
        notitie.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                bewaar(acties, opgeslagen);
            }
        });
        Signal.effect(this, () -> {
            BezoekDetails.Focus f = criterium.get();
            domein.setText(f.domein());
            tekst.setText(f.tekst());
            waarneming.setAriaLabel(f.tekst());
            waarnemingBasis.toon(f.waarneming());
            notitieBasis.toon(BezoekActies.leeg(f.notitie()));
        });
    }

    BezoekDetails.Focus criterium() {
        return criterium.peek();
    }

    void bewaar(BezoekActies acties, Runnable opgeslagen) {
        PrivacyOpslaan.opslaan(this, Map.of("notitie", notitie), Map.of("notitie", criterium.peek().tekst()),
                bevestigd -> acties.service().waarnemen(acties.bezoekId(), criterium.peek().criteriumId(), waarneming.getValue(),
                        notitie.getValue(), bevestigd), () -> {
                    waarnemingBasis.bewaard();
                    notitieBasis.bewaard();
                    opgeslagen.run();
                });
    }
}
