package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Keeps a view up to date with what others change: while the view is attached it follows one thing
 * (a topic and an id), and re-reads (through {@code refresh}, which calls the services) when that
 * thing changed. Bursts of updates are folded into at most one refresh per {@link #INTERVAL}, so a
 * busy meeting does not flood a browser with pushes.
 */
public final class LiveRefresh {

    public static final Duration INTERVAL = Duration.ofMillis(250);

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-refresh").factory());

    private final Component view;
    private final LiveUpdates live;
    private final String topic;
    private final Supplier<UUID> id;
    private final Runnable refresh;
    private UI ui;
    private SecurityContext kijker;
    private UUID gevolgd;
    private LiveUpdates.Subscription subscription;

    private LiveRefresh(Component view, LiveUpdates live, String topic, Supplier<UUID> id, Runnable refresh) {
        this.view = view;
        this.live = live;
        this.topic = topic;
        this.id = id;
        this.refresh = refresh;
    }

    /**
     * Refreshes {@code view} when the thing with {@code id} on {@code topic} changes.
     *
     * @param id read when the view attaches; a view that is shown for another id while attached
     *           calls {@link #volg()} once it knows it
     */
    public static LiveRefresh bind(Component view, LiveUpdates live, String topic, Supplier<UUID> id, Runnable refresh) {
        LiveRefresh binding = new LiveRefresh(view, live, topic, id, refresh);
        view.addAttachListener(attach -> {
            binding.ui = attach.getUI();
            // The refresh runs on a background thread; it reads through the services as the person who is looking.
            binding.kijker = SecurityContextHolder.getContext();
            binding.volg();
        });
        view.addDetachListener(detach -> binding.stop());
        return binding;
    }

    /** Refreshes {@code view} when the thing with {@code id} on {@code topic} changes. */
    public static LiveRefresh bind(Component view, LiveUpdates live, String topic, UUID id, Runnable refresh) {
        return bind(view, live, topic, () -> id, refresh);
    }

    /** Follows the id the view shows now, if it changed while the view stayed attached. */
    public void volg() {
        UUID nu = id.get();
        if (ui == null || Objects.equals(nu, gevolgd) && subscription != null) {
            return;
        }
        stop();
        gevolgd = nu;
        if (nu == null) {
            return;
        }
        Runnable alsNogZichtbaar = () -> {
            // A refresh planned just before the view was left has nothing to show any more.
            if (view.isAttached()) {
                refresh.run();
            }
        };
        Throttle throttle = new Throttle(ui, new DelegatingSecurityContextRunnable(alsNogZichtbaar, kijker));
        subscription = live.subscribe(topic, nu, update -> throttle.request());
    }

    private void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        gevolgd = null;
    }

    /** One pending refresh at a time, and none sooner than {@link #INTERVAL} after the previous one. */
    private static final class Throttle {

        private final UI ui;
        private final Runnable refresh;
        private final AtomicBoolean pending = new AtomicBoolean();
        private final AtomicLong lastRun = new AtomicLong();

        Throttle(UI ui, Runnable refresh) {
            this.ui = ui;
            this.refresh = refresh;
        }

        void request() {
            if (!pending.compareAndSet(false, true)) {
                return;
            }
            long wait = Math.max(0, lastRun.get() + INTERVAL.toMillis() - System.currentTimeMillis());
            SCHEDULER.schedule(() -> {
                pending.set(false);
                lastRun.set(System.currentTimeMillis());
                // One refresh after the other, on this thread: measured under overload, a thread per
                // refresh let hundreds of them wait for a database connection ahead of people's clicks.
                ui.access(refresh::run);
            }, wait, TimeUnit.MILLISECONDS);
        }
    }
}
