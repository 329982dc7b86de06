package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.signals.local.ValueSignal;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.klassenbezoek.BezoekPagina;
import nl.leerteam.klassenbezoek.Bezoekmoment;
import nl.leerteam.klassenbezoek.BezoekStatus;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.WieLasMijnBezoek;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.Lezers;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.shared.ui.Meldingen;
import nl.leerteam.shared.ui.Plek;
import nl.leerteam.shared.ui.RouteIds;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

/**
 * One classroom visit, live for its teacher and its observer: the head with the steps of the cycle,
 * and one part per phase (voorgesprek, observation, nagesprek, the finished visit), each bound to its
 * record in the page the service returns. Only the teacher and the observer ever get here.
 */
@Route("klassenbezoeken/:bezoekId")
@RolesAllowed({"LEERKRACHT", "KC"})
public class KlassenbezoekView extends Div implements BeforeEnterObserver, Paginatitel {

    private final KlassenbezoekService service;
    private final LiveRefresh volgen;
    private UUID bezoekId;

    final H2 titel = new H2();
    private final WieLasMijnBezoek wieLas;
    Lezers lezers;
    final Paragraph wie = new Paragraph();
    final OrderedList stappen = new OrderedList();
    final Div stap = new Div();
    private final ValueSignal<BezoekPagina.Kop> kop = new ValueSignal<>(null);
    private final Plek<BezoekPagina.VoorgesprekStap> voorgesprek;
    final com.vaadin.flow.component.html.Anchor uitCasus = new com.vaadin.flow.component.html.Anchor();
    private final Plek<BezoekPagina.ObservatieStap> observatie;
    private final Plek<BezoekPagina.NagesprekStap> nagesprek;
    private final Plek<BezoekPagina.AfgerondStap> afgerond;

    public KlassenbezoekView(KlassenbezoekService service, KijkwijzerService kijkwijzers, OrganisatieService organisatie,
                             LiveUpdates live, WieLasMijnBezoek wieLas) {
        this.service = service;
        this.wieLas = wieLas;
        addClassNames("lt-page", "lt-bezoek");
        wie.addClassName("lt-muted");
        stappen.addClassName("lt-rondes");
        stappen.setId("bezoek-stappen");
        for (BezoekStatus s : BezoekStatus.values()) {
            ListItem item = new ListItem(getTranslation("bezoek.status." + s.name().toLowerCase(Locale.ROOT)));
            item.getElement().setAttribute("data-stap", s.name());
            stappen.add(item);
        }
        uitCasus.setText(getTranslation("bezoek.uit-casus"));
        uitCasus.getElement().setAttribute("router-link", true);
        uitCasus.setId("bezoek-uit-casus");
        add(new RouterLink(getTranslation("bezoek.terug"), KlassenbezoekenView.class), titel, wie, uitCasus, stappen, stap);
        volgen = LiveRefresh.bind(this, live, KlassenbezoekService.LIVE_TOPIC, () -> bezoekId, this::vernieuw);
        Parts.bind(this, kop, this::toonKop);
        voorgesprek = new Plek<>(stap, s -> new VoorgesprekPart(s, acties(), kijkwijzers));
        observatie = new Plek<>(stap, s -> new ObservatiePart(s, acties()));
        nagesprek = new Plek<>(stap, s -> new NagesprekPart(s, acties()));
        afgerond = new Plek<>(stap, s -> new AfgerondPart(s, acties(), organisatie));
    }

    private BezoekActies acties() {
        return new BezoekActies(bezoekId, service, this::vernieuw);
    }

    public static RouteParameters parameters(UUID bezoekId) {
        return new RouteParameters("bezoekId", bezoekId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        bezoekId = RouteIds.uit(event, "bezoekId");
        toon(service.openen(bezoekId));
        volgen.volg();
    }

    void vernieuw() {
        toon(service.pagina(bezoekId));
    }

    private boolean afgerondGemeld;
    private com.vaadin.flow.component.notification.Notification afgerondMelding;

    private void toon(BezoekPagina pagina) {
        kop.set(pagina.kop());
        voorgesprek.zet(pagina.voorgesprek());
        observatie.zet(pagina.observatie());
        if (pagina.nagesprek() == null && nagesprek.part() instanceof NagesprekPart deel && deel.reflectieOnbewaard()) {
            // the other closed the visit while she writes her reflection: her text stays on screen until she saves it
            if (!afgerondGemeld) {
                afgerondGemeld = true;
                afgerondMelding = Meldingen.fout(this, "bezoek.afgerond-tijdens-typen");
            }
        } else {
            if (afgerondMelding != null) {
                // her reflection is saved: the warning about it no longer applies
                afgerondMelding.close();
                afgerondMelding = null;
            }
            nagesprek.zet(pagina.nagesprek());
        }
        afgerond.zet(pagina.afgerond());
    }

    private void toonKop(BezoekPagina.Kop k) {
        if (k.ikBenLeerkracht() && lezers == null) {
            UUID id = bezoekId;
            lezers = new Lezers("bezoek.lezers", () -> wieLas.lezers(id));
            add(lezers);
        }
        DateTimeFormatter lang = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale());
        titel.setText(getTranslation(k.ikBenLeerkracht() ? "bezoek.titel-bij-mij" : "bezoek.titel-bij",
                k.ikBenLeerkracht() ? k.observatorNaam() : k.leerkrachtNaam()));
        wie.setText(getTranslation("bezoek.wie-wanneer",
                Bezoekmoment.tekst(lang.format(k.datum()), k.tijd(), this::getTranslation), k.leerkrachtNaam(), k.observatorNaam(),
                getTranslation("bezoek.soort." + k.soort().name().toLowerCase(Locale.ROOT))));
        // The case's page is its module's; a path keeps this module free of its screens.
        uitCasus.setVisible(k.casusId() != null);
        if (k.casusId() != null) {
            uitCasus.setHref("casussen/" + k.casusId());
        }
        stappen.getChildren().forEach(item -> {
            BezoekStatus s = BezoekStatus.valueOf(item.getElement().getAttribute("data-stap"));
            item.getElement().getClassList().set("lt-huidig", s == k.status());
            // The step is told by more than its colour.
            if (s == k.status()) {
                item.getElement().setAttribute("aria-current", "step");
            } else {
                item.getElement().removeAttribute("aria-current");
            }
            item.getElement().getClassList().set("lt-geweest", s.ordinal() < k.status().ordinal());
        });
    }

    VoorgesprekPart voorgesprek() {
        return (VoorgesprekPart) voorgesprek.part();
    }

    ObservatiePart observatie() {
        return (ObservatiePart) observatie.part();
    }

    NagesprekPart nagesprek() {
        return (NagesprekPart) nagesprek.part();
    }

    AfgerondPart afgerond() {
        return (AfgerondPart) afgerond.part();
    }

    @Override
    public String titel() {
        return titel.getText().isEmpty() ? getTranslation("bezoek.menu") : titel.getText();
    }
}
