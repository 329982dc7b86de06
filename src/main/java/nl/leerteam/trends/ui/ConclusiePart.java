package nl.leerteam.trends.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Invoerbasis;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.trends.TrendgesprekPagina.Conclusie;
import nl.leerteam.trends.TrendgesprekService;

import java.util.Map;
import java.util.Objects;

/**
 * What the team concludes. A leader writes it; a refresh brings another leader's saved text in only while
 * this one has not typed. When both wrote, the other's saved text is shown under the field and the typed
 * text stays: a save then asks to choose, and only an explicit "keep mine" replaces the other's.
 */
final class ConclusiePart extends Div {

    final TextArea tekst = new TextArea();
    final Button opslaan = new Button();
    final Paragraph lezen = new Paragraph();
    final Div anders = new Div();
    final Button tochMijn = new Button();
    private final Paragraph andersTekst = new Paragraph();
    private final Invoerbasis<String> basis = new Invoerbasis<>(tekst);
    /** The version the text in the field was based on, and the newest one read. */
    private long basisVersie;
    private Conclusie laatste;

    ConclusiePart(Signal<Conclusie> conclusie, GesprekActies acties) {
        addClassName("lt-bespreking-sectie");
        add(new H4(getTranslation("trends.gesprek.conclusie")));
        tekst.setLabel(getTranslation("trends.gesprek.conclusie"));
        tekst.setMaxLength(TrendgesprekService.MAX_CONCLUSIE);
        tekst.setWidthFull();
        tekst.setId("conclusie");
        opslaan.setText(getTranslation("trends.gesprek.conclusie-opslaan"));
        opslaan.setId("conclusie-opslaan");
        opslaan.addClickListener(e -> bewaar(acties, basisVersie));
        tochMijn.setText(getTranslation("trends.gesprek.conclusie-mijn"));
        tochMijn.addThemeVariants(ButtonVariant.LUMO_SMALL);
        tochMijn.setId("conclusie-mijn");
        tochMijn.addClickListener(e -> bewaar(acties, laatste.version()));
        anders.add(new Paragraph(getTranslation("trends.gesprek.conclusie-anders")), andersTekst, tochMijn);
        anders.addClassName("lt-te-evalueren");
        anders.setVisible(false);
        lezen.addClassName("lt-muted");
        add(lezen, tekst, anders, opslaan);
        Parts.bind(this, conclusie, nu -> {
            laatste = nu;
            tekst.setVisible(nu.schrijven());
            opslaan.setVisible(nu.schrijven());
            lezen.setVisible(!nu.schrijven());
            lezen.setText(nu.tekst() == null ? getTranslation("trends.gesprek.geen-conclusie") : nu.tekst());
            lezen.getElement().getClassList().set("lt-muted", nu.tekst() == null);
            if (!basis.gewijzigd()) {
                basisVersie = nu.version();
            }
            basis.toon(nu.tekst() == null ? "" : nu.tekst());
            toonAnders();
        });
    }

    private void bewaar(GesprekActies acties, long versie) {
        acties.bewaar(this, Map.of("conclusie", tekst), Map.of("conclusie", tekst.getLabel()),
                bevestigd -> acties.service().conclusieOpslaan(acties.pagina().get().id(), tekst.getValue(), versie, bevestigd),
                () -> {
                    basis.bewaard();
                    basisVersie = versie + 1;
                });
    }

    /** Someone else saved another conclusion since this field was last in step with the server. */
    private void toonAnders() {
        boolean botsing = basis.gewijzigd() && laatste.version() != basisVersie
                && !Objects.equals(laatste.tekst() == null ? "" : laatste.tekst(), tekst.getValue());
        anders.setVisible(botsing);
        andersTekst.setText(laatste.tekst() == null ? "" : laatste.tekst());
    }
}
