package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import nl.leerteam.bijeenkomst.AanwezigheidService;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A browser window's presence in a meeting. Leaving the meeting page for a case on its agenda and
 * coming back is not leaving the meeting: the window stays present for {@link #GRATIE}, so the
 * others' avatars do not flicker with every glance at a case. A window that closes leaves at once.
 */
final class VensterAanwezigheid {

    static final Duration GRATIE = Duration.ofSeconds(30);

    private static final ScheduledExecutorService VERTREK = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("aanwezigheid").factory());

    /** This window in one meeting: the key of its presence row, and its departure while it is pending. */
    private static final class Verblijf {
        private final UUID verbindingId = UUID.randomUUID();
        /** Who came in; leaving may happen on another thread (a closed window expires), as the same person. */
        private final SecurityContext bezoeker = SecurityContextHolder.getContext();
        private volatile ScheduledFuture<?> vertrek;
    }

    /** The meetings this window is in. */
    private static final class Verblijven extends ConcurrentHashMap<UUID, Verblijf> {
    }

    private VensterAanwezigheid() {
    }

    /**
     * The meeting page is shown in {@code ui}: the window is present (again, or still).
     *
     * @return whether the window just came in, rather than being there still
     */
    static boolean binnen(UI ui, UUID bijeenkomstId, AanwezigheidService service) {
        Map<UUID, Verblijf> verblijven = verblijven(ui);
        Verblijf verblijf = verblijven.get(bijeenkomstId);
        if (verblijf != null) {
            ScheduledFuture<?> vertrek = verblijf.vertrek;
            if (vertrek == null || vertrek.cancel(false)) {
                verblijf.vertrek = null;
                return false;
            }
        }
        Verblijf nieuw = new Verblijf();
        verblijven.put(bijeenkomstId, nieuw);
        service.binnenkomen(bijeenkomstId, nieuw.verbindingId);
        return true;
    }

    /** The meeting page left {@code ui}: the window leaves after {@link #GRATIE}, or now when it closes. */
    static void buiten(UI ui, UUID bijeenkomstId, AanwezigheidService service) {
        Map<UUID, Verblijf> verblijven = verblijven(ui);
        Verblijf verblijf = verblijven.get(bijeenkomstId);
        if (verblijf == null) {
            return;
        }
        Runnable vertrekken = new DelegatingSecurityContextRunnable(() -> {
            if (verblijven.remove(bijeenkomstId, verblijf)) {
                service.vertrekken(verblijf.verbindingId);
            }
        }, verblijf.bezoeker);
        if (ui.isClosing()) {
            vertrekken.run();
        } else {
            verblijf.vertrek = VERTREK.schedule(vertrekken, GRATIE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static Map<UUID, Verblijf> verblijven(UI ui) {
        Verblijven verblijven = ComponentUtil.getData(ui, Verblijven.class);
        if (verblijven == null) {
            verblijven = new Verblijven();
            ComponentUtil.setData(ui, Verblijven.class, verblijven);
        }
        return verblijven;
    }
}
