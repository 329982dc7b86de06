package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.AttachEvent;
import nl.leerteam.shared.ui.Paginatitel;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ValueSignal;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import jakarta.annotation.security.RolesAllowed;
import nl.leerteam.bijeenkomst.AanwezigheidService;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstPagina;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.BijeenkomstStatus;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.trends.ui.TrendgesprekDiensten;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.shared.ui.RouteIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting, live: its head with who is present, the agenda with the item the facilitator is on, and
 * the item the reader looks at with its notes, decisions and action items (a case on the agenda
 * brings its discussion in rounds along). Each part is bound to its record in the page the service
 * returns; a refresh changes only the parts whose record changed. The view keeps the route, which
 * item the reader looks at, and the wiring.
 * <p>
 * One per browser window ({@code @UIScope}): a teacher who reads a case on the agenda and comes back
 * finds the page as it was, brought up to date, instead of a page built anew.
 */
@Route("bijeenkomsten/:bijeenkomstId")
@RolesAllowed({"LEERKRACHT", "KC", "BESTUURDER"})
@SpringComponent
@UIScope
public class BijeenkomstView extends Div implements BeforeEnterObserver, Paginatitel {

    private final BijeenkomstService service;
    private final AgendaService agendaService;
    private final VerslagService verslagService;
    private final AanwezigheidService aanwezigheid;
    private final BesprekingService besprekingen;
    private final TrendgesprekDiensten trendgesprekken;
    private final LiveUpdates live;
    private final LiveRefresh bijeenkomstVolgen;
    private final LiveRefresh aanwezigVolgen;
    private UUID bijeenkomstId;

    private final ValueSignal<BijeenkomstPagina.Kop> kop = new ValueSignal<>(null);
    private final ValueSignal<BijeenkomstPagina.Agenda> agenda = new ValueSignal<>(null);
    private final ValueSignal<BijeenkomstPagina.Voorstellen> voorstellen = new ValueSignal<>(null);
    private final ValueSignal<BijeenkomstPagina.OpenActiepunten> openActiepunten = new ValueSignal<>(null);
    private final ValueSignal<BijeenkomstPagina.Verslag> verslag = new ValueSignal<>(null);
    private final ValueSignal<BijeenkomstPagina.Aanwezig> aanwezig = new ValueSignal<>(null);
    /** The item the reader looks at: the facilitator's while the meeting runs, else the reader's choice. */
    private final ValueSignal<UUID> gekozen = new ValueSignal<>(null);
    private final ValueSignal<PuntPart.Gekozen> punt = new ValueSignal<>(null);

    KopPart kopPart;
    AanwezigPart aanwezigPart;
    AgendaPart agendaPart;
    AgendaInvoerPart agendaInvoer;
    PuntPart puntPart;

    public BijeenkomstView(BijeenkomstService service, AgendaService agendaService, VerslagService verslagService,
                           AanwezigheidService aanwezigheid, BesprekingService besprekingen, TrendgesprekDiensten trendgesprekken,
                           LiveUpdates live) {
        this.service = service;
        this.agendaService = agendaService;
        this.verslagService = verslagService;
        this.aanwezigheid = aanwezigheid;
        this.besprekingen = besprekingen;
        this.trendgesprekken = trendgesprekken;
        this.live = live;
        addClassNames("lt-page", "lt-bijeenkomst");
        bijeenkomstVolgen = LiveRefresh.bind(this, live, BijeenkomstService.LIVE_TOPIC, () -> bijeenkomstId, this::vernieuw);
        aanwezigVolgen = LiveRefresh.bind(this, live, BijeenkomstService.LIVE_TOPIC_AANWEZIG, () -> bijeenkomstId,
                () -> aanwezig.set(new BijeenkomstPagina.Aanwezig(aanwezigheid.aanwezig(bijeenkomstId))));
        Signal.effect(this, () -> punt.set(gekozen(verslag.get(), gekozen.get())));
    }

    public static RouteParameters parameters(UUID bijeenkomstId) {
        return new RouteParameters("bijeenkomstId", bijeenkomstId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = RouteIds.uit(event, "bijeenkomstId");
        BijeenkomstPagina pagina = service.pagina(id);
        boolean andere = !id.equals(bijeenkomstId);
        if (andere && bijeenkomstId != null && isAttached()) {
            VensterAanwezigheid.buiten(getUI().orElseThrow(), bijeenkomstId, aanwezigheid);
        }
        if (andere) {
            bijeenkomstId = id;
            gekozen.set(null);
        }
        // The records first: each part then shows its record as it is made.
        toon(pagina);
        if (andere) {
            maakParts();
            if (isAttached()) {
                VensterAanwezigheid.binnen(getUI().orElseThrow(), id, aanwezigheid);
            }
        }
        bijeenkomstVolgen.volg();
        aanwezigVolgen.volg();
    }

    private void maakParts() {
        removeAll();
        aanwezigPart = new AanwezigPart(aanwezig);
        kopPart = new KopPart(bijeenkomstId, kop, aanwezigPart, service, verslagService, this::vernieuw);
        agendaPart = new AgendaPart(bijeenkomstId, agenda, gekozen, () -> kop.peek().plan().version(), service, agendaService,
                this::vernieuw);
        agendaInvoer = new AgendaInvoerPart(bijeenkomstId, agenda, agendaService, this::vernieuw);
        puntPart = new PuntPart(punt, verslagService, besprekingen, trendgesprekken, live, this::vernieuw);
        kopPart.onbewaard(() -> puntPart.notities.onbewaard(), () -> puntPart.notities.opslaan.click());
        Div zijkant = new Div(new H3(getTranslation("bijeenkomst.agenda")), agendaPart, agendaInvoer,
                new VoorstellenPart(bijeenkomstId, voorstellen, agendaService, this::vernieuw),
                new OpenActiepuntenPart(bijeenkomstId, openActiepunten, verslagService, this::vernieuw));
        zijkant.addClassName("lt-agenda-kolom");
        Div kolommen = new Div(zijkant, puntPart);
        kolommen.addClassName("lt-bijeenkomst-kolommen");
        add(kopPart, kolommen);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (VensterAanwezigheid.binnen(attachEvent.getUI(), bijeenkomstId, aanwezigheid) && aanwezig.peek() != null) {
            // The page was read just before this window came in; now it is there too, without waiting for the update.
            LeerteamPrincipal ik = CurrentUser.require();
            List<Persoon> met = new ArrayList<>(aanwezig.peek().personen());
            if (met.stream().noneMatch(p -> p.id().equals(ik.gebruikerId()))) {
                met.add(new Persoon(ik.gebruikerId(), ik.naam()));
                met.sort(Comparator.comparing(Persoon::naam));
                aanwezig.set(new BijeenkomstPagina.Aanwezig(List.copyOf(met)));
            }
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        VensterAanwezigheid.buiten(detachEvent.getUI(), bijeenkomstId, aanwezigheid);
    }

    void vernieuw() {
        toon(service.pagina(bijeenkomstId));
    }

    private void toon(BijeenkomstPagina pagina) {
        kop.set(pagina.kop());
        agenda.set(pagina.agenda());
        voorstellen.set(pagina.voorstellen());
        openActiepunten.set(pagina.openActiepunten());
        aanwezig.set(pagina.aanwezig());
        UUID nu = gekozen.peek();
        BijeenkomstPagina.Agenda a = pagina.agenda();
        if (pagina.kop().status() == BijeenkomstStatus.BEZIG && a.huidigId() != null) {
            nu = a.huidigId();
        } else if (nu == null || a.punten().stream().noneMatch(p -> p.id().equals(gekozen.peek()))) {
            nu = a.punten().isEmpty() ? null : a.punten().getFirst().id();
        }
        gekozen.set(nu);
        verslag.set(pagina.verslag());
    }

    private static PuntPart.Gekozen gekozen(BijeenkomstPagina.Verslag verslag, UUID id) {
        if (verslag == null) {
            return null;
        }
        BijeenkomstDetails.Agendapunt p = verslag.punten().stream().filter(x -> Objects.equals(x.id(), id)).findFirst().orElse(null);
        return new PuntPart.Gekozen(p, verslag.lid(), verslag.schrijf(), verslag.datum(), verslag.leden());
    }

    @Override
    public String titel() {
        BijeenkomstPagina.Kop k = kop.peek();
        return k == null ? getTranslation("bijeenkomst.link") : k.plan().titel();
    }
}
