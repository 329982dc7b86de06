package nl.leerteam.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.signals.Signal;
import com.vaadin.flow.signals.local.ListSignal;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.shared.ui.Lijsten;
import nl.leerteam.shared.ui.Parts;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Vaadin Signals against Leerteam's own mechanism for the parts of a live page, on the same work: a
 * part that shows one record, and a list part that keeps a component per item and rebuilds only the
 * items whose record changed. Measured in the harness JVM on the load core, browserless: the extra
 * heap per part and per list item once the components exist, and the time to take in a page record
 * that adds one item to a list of thirty (what a new question does in every viewer's page) and one
 * that changes nothing.
 */
final class SignalsBenchmark {

    record Vraag(int id, String tekst, String auteur) {
    }

    /** The page a variant builds: a header part and a list of questions. */
    private interface Pagina {
        void toon(String kop, List<Vraag> vragen);
    }

    /** With Signals: a ValueSignal per part bound by an effect, a ListSignal with bindChildren for the list. */
    private static final class MetSignals extends Div implements Pagina {
        private final ValueSignal<String> kop = new ValueSignal<>(null);
        private final ListSignal<Vraag> vragen = new ListSignal<>();

        MetSignals() {
            Span titel = new Span();
            Parts.bind(titel, kop, titel::setText);
            UnorderedList lijst = new UnorderedList();
            lijst.bindChildren(vragen, vraag -> {
                ListItem item = new ListItem();
                Span tekst = new Span();
                Span auteur = new Span();
                item.add(tekst, auteur);
                Signal.effect(item, () -> {
                    tekst.setText(vraag.get().tekst());
                    auteur.setText(vraag.get().auteur());
                });
                return item;
            });
            add(titel, lijst);
        }

        @Override
        public void toon(String nieuweKop, List<Vraag> nieuw) {
            kop.set(nieuweKop);
            Lijsten.zet(vragen, nieuw, Vraag::id);
        }
    }

    /** Leerteam's own, as before this change: the last record per part, and per list item its record and component. */
    private static final class Eigen extends Div implements Pagina {
        private final Span titel = new Span();
        private final UnorderedList lijst = new UnorderedList();
        private String getoondeKop;
        private Map<Integer, Object[]> getoond = Map.of();

        Eigen() {
            add(titel, lijst);
        }

        @Override
        public void toon(String kop, List<Vraag> vragen) {
            if (!Objects.equals(kop, getoondeKop)) {
                getoondeKop = kop;
                titel.setText(kop);
            }
            Map<Integer, Object[]> nieuw = new LinkedHashMap<>();
            List<Component> gewenst = new ArrayList<>();
            for (Vraag v : vragen) {
                Object[] eerder = getoond.get(v.id());
                Object[] nu = eerder != null && eerder[0].equals(v) ? eerder : new Object[]{v, item(v)};
                nieuw.put(v.id(), nu);
                gewenst.add((Component) nu[1]);
            }
            getoond = nieuw;
            kinderen(lijst, gewenst);
        }

        private static ListItem item(Vraag v) {
            return new ListItem(new Span(v.tekst()), new Span(v.auteur()));
        }

        private static void kinderen(HasComponents container, List<Component> gewenst) {
            Set<Component> blijft = Collections.newSetFromMap(new IdentityHashMap<>());
            blijft.addAll(gewenst);
            List<Component> huidig = new ArrayList<>(((Component) container).getChildren().toList());
            huidig.stream().filter(k -> !blijft.contains(k)).forEach(container::remove);
            huidig.removeIf(k -> !blijft.contains(k));
            for (int i = 0; i < gewenst.size(); i++) {
                if (i >= huidig.size() || huidig.get(i) != gewenst.get(i)) {
                    container.addComponentAtIndex(i, gewenst.get(i));
                    huidig.remove(gewenst.get(i));
                    huidig.add(i, gewenst.get(i));
                }
            }
        }
    }

    record Meting(String variant, double bytesPerPagina, double bytesPerVraag, double nsNieuweVraag, double nsNietsNieuws) {
    }

    private static final int PAGINAS = 300;
    private static final int VRAGEN = 30;
    private static final int RONDES = 20_000;

    void run(Resultaten resultaten) {
        // As in production: in development mode Vaadin keeps two stack traces per component, which
        // would count several kilobytes per component for both variants.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
        List<Meting> metingen = new ArrayList<>();
        for (int herhaling = 0; herhaling < 2; herhaling++) {
            // The first round warms the JIT up for both; the second is the one reported.
            metingen.clear();
            metingen.add(meet("Vaadin Signals", MetSignals::new));
            metingen.add(meet("own (equality per part, component per item)", Eigen::new));
        }
        StringBuilder tabel = new StringBuilder("""
                ## 5. Signals against Leerteam's own mechanism for live parts

                Browserless in the harness JVM (Vaadin's component tracker off, as in production): %d pages of a header
                part and a list part, first empty, then with %d questions; the heap they hold is what a full collection
                frees when they are let go. Then one page takes in %,d page records in turn: one that adds a question
                to a list of %d, and one equal to what it shows. Both variants make the same components; the difference
                is the bookkeeping.

                | Mechanism | Heap per page (bytes) | Heap per list item (bytes) | Record with one new question (µs) | Record without changes (µs) |
                |---|---:|---:|---:|---:|
                """.formatted(PAGINAS, VRAGEN, RONDES, VRAGEN));
        for (Meting m : metingen) {
            tabel.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f | %.2f |%n", m.variant(), m.bytesPerPagina(),
                    m.bytesPerVraag(), m.nsNieuweVraag() / 1000, m.nsNietsNieuws() / 1000));
            Benchmarks.log("signals: %s: %.0f B per page, %.0f B per item, %.1f µs new question, %.2f µs no change",
                    m.variant(), m.bytesPerPagina(), m.bytesPerVraag(), m.nsNieuweVraag() / 1000, m.nsNietsNieuws() / 1000);
        }
        resultaten.sectie(tabel.toString());
    }

    private Meting meet(String variant, java.util.function.Supplier<Pagina> maken) {
        // Each variant in a fresh session, so nothing of the other one is still held or let go while it is measured.
        MockVaadin.setup();
        UI ui = UI.getCurrent();
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < VRAGEN; i++) {
            vragen.add(new Vraag(i, "Vraag nummer " + i + " over het starten na de instructie", "Collega " + (i % 4)));
        }
        // What the pages hold is measured by letting them go: the heap with them minus the heap right after.
        gehouden(ui, maken, vragen);
        long metPaginas = gehouden(ui, maken, List.of());
        long metVragen = gehouden(ui, maken, vragen);

        Pagina pagina = maken.get();
        ui.add((Component) pagina);
        List<Vraag> eenMeer = new ArrayList<>(vragen);
        eenMeer.add(new Vraag(VRAGEN, "Nog een vraag", "Collega 1"));
        pagina.toon("Leerling A", vragen);
        long nieuw = 0;
        long niets = 0;
        for (int r = 0; r < RONDES; r++) {
            long start = System.nanoTime();
            pagina.toon("Leerling A", eenMeer);
            long midden = System.nanoTime();
            pagina.toon("Leerling A", eenMeer);
            long eind = System.nanoTime();
            pagina.toon("Leerling A", vragen);
            nieuw += midden - start;
            niets += eind - midden;
            verzonden(ui);
        }
        ui.removeAll();
        verzonden(ui);
        MockVaadin.tearDown();
        return new Meting(variant, (double) metPaginas / PAGINAS, (double) (metVragen - metPaginas) / (PAGINAS * VRAGEN),
                (double) nieuw / RONDES, (double) niets / RONDES);
    }

    /** The heap that {@link #PAGINAS} pages showing these questions hold, attached to the UI. */
    private static long gehouden(UI ui, java.util.function.Supplier<Pagina> maken, List<Vraag> vragen) {
        List<Pagina> paginas = new ArrayList<>();
        for (int p = 0; p < PAGINAS; p++) {
            Pagina pagina = maken.get();
            ui.add((Component) pagina);
            pagina.toon("Leerling A", List.of());
            pagina.toon("Leerling A", vragen);
            paginas.add(pagina);
        }
        long met = heap(ui);
        ui.removeAll();
        paginas.clear();
        return met - heap(ui);
    }

    /**
     * What a response does: the state tree hands its pending changes over and forgets them. Without
     * it the tree keeps every change since the start, removed components included, and the heap
     * figures measure that backlog instead of the pages.
     */
    private static void verzonden(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        ui.getInternals().getStateTree().collectChanges(change -> {
        });
    }

    /**
     * The heap after full collections, around one small change of the UI, so that what the UI let go
     * is gone before the figure is read.
     */
    private static long heap(UI ui) {
        verzonden(ui);
        gc();
        Div wissel = new Div();
        ui.add(wissel);
        verzonden(ui);
        ui.remove(wissel);
        verzonden(ui);
        gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
