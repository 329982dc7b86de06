package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.leerlingbespreking.EscalatieService;
import nl.leerteam.leerlingbespreking.OpenEscalatie;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.ui.DashboardContributor;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/** On a KC's start page: the cases that teachers of their schools brought to them, waiting for a next step. */
@org.springframework.stereotype.Component
class EscalatiesVoorKc implements DashboardContributor {

    @Override
    public int volgorde() {
        return 20;
    }

    private final EscalatieService escalaties;

    EscalatiesVoorKc(EscalatieService escalaties) {
        this.escalaties = escalaties;
    }

    @Override
    public Optional<Component> sectie() {
        List<OpenEscalatie> open = escalaties.voorMij();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Div sectie = new Div();
        sectie.setId("escalaties-voor-mij");
        H2 kop = new H2(sectie.getTranslation("escalatie.voor-mij", open.size()));
        kop.addClassName("lt-section");
        Div kaarten = new Div();
        kaarten.addClassName("lt-cards");
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale());
        for (OpenEscalatie e : open) {
            Div kaart = new Div();
            kaart.addClassName("lt-card");
            Span wie = new Span(sectie.getTranslation("escalatie.kaart", e.leerteamNaam(), e.eigenaarNaam(),
                    datum.format(e.geescaleerdOp().atZone(Tijdzone.SCHOOL))));
            wie.addClassName("lt-muted");
            Paragraph vraag = new Paragraph(e.vraag());
            vraag.addClassName("lt-casus-tekst");
            kaart.add(new H3(sectie.getTranslation("casus.titel", e.pseudoniem(), e.groep())), wie, vraag,
                    new RouterLink(sectie.getTranslation("escalatie.openen"), CasusView.class, CasusView.parameters(e.casusId())));
            kaarten.add(kaart);
        }
        sectie.add(kop, kaarten);
        return Optional.of(sectie);
    }
}
