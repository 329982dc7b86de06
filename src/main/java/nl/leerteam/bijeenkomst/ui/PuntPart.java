package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.leerlingbespreking.ui.BesprekingPart;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.trends.ui.TrendgesprekDiensten;
import nl.leerteam.trends.ui.TrendgesprekPart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/**
 * The agenda item the reader looks at: a case brings its discussion in rounds along, a trend
 * discussion its research cycle beside the school's results, and every item
 * has its notes, decisions and action items. The discussion stays in the page as long as its case is
 * the item shown, however the rest changes.
 */
final class PuntPart extends Div {

    /** The item shown, or {@code null} while the agenda is empty; and what the reader may do with it. */
    record Gekozen(BijeenkomstDetails.Agendapunt punt, boolean lid, boolean schrijf, LocalDate datum, List<Persoon> leden) {
    }

    final H3 titel = new H3();
    final NotitiesPart notities;
    final BesluitenPart besluiten;
    final ActiepuntenPart actiepunten;
    BesprekingPart bespreking;
    TrendgesprekPart trendgesprek;
    /** The link to the card or question of a KC-platform item, or the schools side by side. */
    final Div verwijzing = new Div();
    private UUID verwijzingVan;
    private final Div besprekingVak = new Div();
    private final Paragraph leeg = new Paragraph();
    private final ValueSignal<NotitiesPart.Notities> notitiesRecord = new ValueSignal<>(null);
    private final ValueSignal<BesluitenPart.Besluiten> besluitenRecord = new ValueSignal<>(null);
    private final ValueSignal<ActiepuntenPart.Actiepunten> actiepuntenRecord = new ValueSignal<>(null);

    PuntPart(Signal<Gekozen> gekozen, VerslagService service, BesprekingService besprekingen, TrendgesprekDiensten trendgesprekken,
             LiveUpdates live, Runnable vernieuw) {
        addClassName("lt-agendapunt");
        setId("agendapunt");
        notities = new NotitiesPart(notitiesRecord, service, vernieuw);
        besluiten = new BesluitenPart(besluitenRecord, service, vernieuw);
        actiepunten = new ActiepuntenPart(actiepuntenRecord, service, vernieuw);
        Div verslag = new Div(notities, besluiten, actiepunten);
        verwijzing.setId("agendapunt-verwijzing-inhoud");
        add(titel, verwijzing, besprekingVak, leeg, verslag);
        Parts.bind(this, gekozen, nu -> {
            BijeenkomstDetails.Agendapunt p = nu.punt();
            bespreking(p != null && p.soort() == AgendapuntSoort.CASUS ? p.casusId() : null, besprekingen, live);
            trendgesprek(p != null && p.soort() == AgendapuntSoort.TRENDGESPREK ? p.trendgesprekId() : null, trendgesprekken);
            verwijzing(p, trendgesprekken);
            titel.setVisible(p != null);
            verslag.setVisible(p != null);
            leeg.setVisible(p == null);
            if (p == null) {
                leeg.setText(getTranslation(nu.lid() ? "bijeenkomst.agenda-leeg.lid" : "bijeenkomst.agenda-leeg"));
                return;
            }
            titel.setText(p.titel());
            notitiesRecord.set(new NotitiesPart.Notities(p.id(), p.notities(), p.version(), nu.schrijf()));
            besluitenRecord.set(new BesluitenPart.Besluiten(p.id(), p.besluiten(), nu.schrijf()));
            actiepuntenRecord.set(new ActiepuntenPart.Actiepunten(p.id(), p.actiepunten(), nu.schrijf(), nu.datum(), nu.leden()));
        });
    }

    /**
     * A card or question of the KC-platform: a link to its page, which checks who may read it. The schools side by side:
     * the comparison itself, kept while the same item is shown (so a chosen subject stays chosen).
     */
    private void verwijzing(BijeenkomstDetails.Agendapunt p, TrendgesprekDiensten trendgesprekken) {
        UUID id = p == null ? null : p.id();
        if (java.util.Objects.equals(id, verwijzingVan)) {
            return;
        }
        verwijzingVan = id;
        verwijzing.removeAll();
        if (p == null) {
            return;
        }
        if (p.verwijzing() != null) {
            com.vaadin.flow.component.html.Anchor link = new com.vaadin.flow.component.html.Anchor(p.verwijzing(),
                    getTranslation("agendapunt.open." + p.soort().name().toLowerCase(java.util.Locale.ROOT), p.titel()));
            link.getElement().setAttribute("router-link", true);
            link.setId("agendapunt-link");
            verwijzing.add(new Paragraph(link));
        } else if (p.soort() == AgendapuntSoort.TRENDVERGELIJKING) {
            verwijzing.add(trendgesprekken.schoolvergelijking());
        }
    }

    /** Shows the trend discussion of the item, keeping the one already shown for the same discussion. */
    private void trendgesprek(UUID gesprekId, TrendgesprekDiensten trendgesprekken) {
        if (gesprekId == null) {
            if (trendgesprek != null) {
                besprekingVak.remove(trendgesprek);
                trendgesprek = null;
            }
        } else if (trendgesprek == null || !trendgesprek.getId().orElse("").equals("trendgesprek-" + gesprekId)) {
            trendgesprek = new TrendgesprekPart(gesprekId, trendgesprekken);
            besprekingVak.removeAll();
            besprekingVak.add(trendgesprek);
        }
    }

    /** Shows the discussion of {@code casusId}, keeping the one already shown for the same case. */
    private void bespreking(UUID casusId, BesprekingService besprekingen, LiveUpdates live) {
        if (casusId == null) {
            if (bespreking != null) {
                besprekingVak.remove(bespreking);
                bespreking = null;
            }
        } else if (bespreking == null || !bespreking.getId().orElse("").equals("bespreking-" + casusId)) {
            bespreking = new BesprekingPart(casusId, besprekingen, live);
            bespreking.setId("bespreking-" + casusId);
            besprekingVak.removeAll();
            besprekingVak.add(bespreking);
        }
    }

    static String actiepuntTekst(Component context, BijeenkomstDetails.Actiepunt a) {
        return context.getTranslation("bijeenkomst.actiepunt", a.tekst(), a.eigenaarNaam(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(com.vaadin.flow.component.UI.getCurrent().getLocale()).format(a.deadline()));
    }
}
