package nl.leerteam.trends.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.shared.ui.LiveRefresh;
import nl.leerteam.trends.TrendgesprekPagina;
import nl.leerteam.trends.TrendgesprekService;

import java.util.UUID;

/**
 * A trend discussion, live: the results the team looks at, and the research cycle beside them, each part
 * bound to its record in the page the service returns, so a refresh changes only the parts whose record
 * changed and fields keep what someone is typing. It follows the discussion through live updates, so it
 * can sit on its own page or inside a leerteam meeting.
 */
public final class TrendgesprekPart extends Div {

    private final UUID gesprekId;
    private final TrendgesprekService service;
    private TrendgesprekPagina pagina;
    private boolean eerder;

    private final ValueSignal<TrendgesprekPagina.Kop> kop = new ValueSignal<>(null);
    private final ValueSignal<Boolean> leiden = new ValueSignal<>(false);
    private final ValueSignal<TrendgesprekPagina.Waarnemingen> waarnemingen = new ValueSignal<>(null);
    private final ValueSignal<TrendgesprekPagina.Hypothesen> hypothesen = new ValueSignal<>(null);
    private final ValueSignal<TrendgesprekPagina.Conclusie> conclusie = new ValueSignal<>(null);
    private final ValueSignal<TrendgesprekPagina.Interventies> interventies = new ValueSignal<>(null);

    final KopPart kopPart;
    final SelectiePart selectie;
    final WaarnemingenPart waarnemingenPart;
    final HypothesenPart hypothesenPart;
    final ConclusiePart conclusiePart;
    final InterventiesPart interventiesPart;

    public TrendgesprekPart(UUID gesprekId, TrendgesprekDiensten diensten) {
        this.gesprekId = gesprekId;
        this.service = diensten.gesprekken;
        addClassName("lt-bespreking");
        setId("trendgesprek-" + gesprekId);
        toon(service.pagina(gesprekId));
        GesprekActies acties = new GesprekActies(service, () -> pagina, this::vernieuw);
        kopPart = new KopPart(kop, leiden, acties);
        selectie = new SelectiePart(diensten, pagina.schoolId(), pagina.leiden());
        waarnemingenPart = new WaarnemingenPart(waarnemingen, selectie, acties);
        hypothesenPart = new HypothesenPart(hypothesen, selectie, acties);
        conclusiePart = new ConclusiePart(conclusie, acties);
        interventiesPart = new InterventiesPart(interventies, acties);
        Div cyclus = new Div(waarnemingenPart, hypothesenPart, conclusiePart, interventiesPart);
        cyclus.setId("onderzoekscyclus");
        add(kopPart, selectie, cyclus);
        LiveRefresh.bind(this, diensten.live, TrendgesprekService.LIVE_TOPIC, gesprekId, this::vernieuw);
        addAttachListener(e -> {
            // the first attach shows what the constructor read; a later one (back to the page) reads again
            if (eerder) {
                vernieuw();
            }
            eerder = true;
        });
    }

    /** Reads the discussion again, as after a live update. */
    public void vernieuw() {
        toon(service.pagina(gesprekId));
    }

    TrendgesprekPagina pagina() {
        return pagina;
    }

    private void toon(TrendgesprekPagina nieuw) {
        pagina = nieuw;
        leiden.set(nieuw.leiden());
        kop.set(nieuw.kop());
        waarnemingen.set(nieuw.waarnemingen());
        hypothesen.set(nieuw.hypothesen());
        conclusie.set(nieuw.conclusie());
        interventies.set(nieuw.interventies());
    }
}
