package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Plek;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The format, live, for one case: the round bar and one part per round reached, each bound to its
 * record in the page the service returns, so a refresh changes only the parts whose record changed.
 * It follows the case through live updates, so it can sit on a case page or inside a meeting;
 * fields keep what someone is typing while the rest refreshes around them.
 */
public final class BesprekingPart extends Div {

    private final UUID casusId;
    private final BesprekingService service;
    private BesprekingPagina pagina;

    private final ValueSignal<BesprekingPagina.RondeBalk> balk = new ValueSignal<>(null);
    private final Plek<BesprekingPagina.Inbreng> inbreng;
    private final Plek<BesprekingPagina.Vragen> vragen;
    private final Plek<BesprekingPagina.Analyse> analyse;
    private final Plek<BesprekingPagina.Ideeen> ideeen;
    private final Plek<BesprekingPagina.Afspraken> afspraken;
    private final Plek<BesprekingPagina.Afsluiting> afsluiting;

    final RondeBalkPart rondeBalk;
    final Div rondes = new Div();
    private final Paragraph nogNiet = Bijdragen.leeg(this, "bespreking.nog-niet");

    public BesprekingPart(UUID casusId, BesprekingService service, LiveUpdates live) {
        this.casusId = casusId;
        this.service = service;
        addClassName("lt-bespreking");
        setId("bespreking");
        BesprekingActies acties = new BesprekingActies(service, () -> pagina, this::vernieuw);
        AfsprakenPart.Kiezen kiezen = (ideeId, tekst) -> new AfspraakDialog(tekst, pagina == null ? null : pagina.pseudoniem(), (afspraak, datum, bevestigd) ->
                service.afspraakMaken(acties.besprekingId(), ideeId, afspraak, datum, bevestigd), this::vernieuw).open();
        // The rounds are reached in order, so each part is added after those of the rounds before it.
        inbreng = new Plek<>(rondes, InbrengPart::new);
        vragen = new Plek<>(rondes, s -> new VragenPart(s, acties));
        analyse = new Plek<>(rondes, s -> new AnalysePart(s, acties));
        ideeen = new Plek<>(rondes, s -> new IdeeenPart(s, acties, kiezen));
        afspraken = new Plek<>(rondes, s -> new AfsprakenPart(s, kiezen));
        afsluiting = new Plek<>(rondes, AfsluitingPart::new);
        rondeBalk = new RondeBalkPart(balk, acties);
        rondes.add(nogNiet);
        add(rondeBalk, rondes);
        LiveRefresh.bind(this, live, CasusService.LIVE_TOPIC, casusId, this::vernieuw);
        addAttachListener(e -> {
            if (pagina == null) {
                toon(service.openen(casusId));
            } else {
                vernieuw();
            }
        });
    }

    /** Reads the discussion again, as after a live update. */
    public void vernieuw() {
        toon(service.pagina(casusId));
    }

    BesprekingPagina pagina() {
        return pagina;
    }

    private void toon(BesprekingPagina nieuw) {
        pagina = nieuw;
        balk.set(nieuw.balk());
        nogNiet.setVisible(!nieuw.balk().begonnen());
        inbreng.zet(nieuw.inbreng());
        vragen.zet(nieuw.vragen());
        analyse.zet(nieuw.analyse());
        ideeen.zet(nieuw.ideeen());
        afspraken.zet(nieuw.afspraken());
        afsluiting.zet(nieuw.afsluiting());
    }

    VragenPart vragenPart() {
        return (VragenPart) vragen.part();
    }

    IdeeenPart ideeenPart() {
        return (IdeeenPart) ideeen.part();
    }

    AnalysePart analysePart() {
        return (AnalysePart) analyse.part();
    }

    /** The rounds shown now, in order, as their names. */
    List<String> rondeTitels() {
        return rondes.getChildren().filter(Component::isVisible).map(c -> c.getElement().getAttribute("data-ronde"))
                .filter(Objects::nonNull).toList();
    }
}
