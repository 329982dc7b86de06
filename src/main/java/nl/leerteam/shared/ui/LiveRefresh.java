package nl.leerteam.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a view up to date with what others change: it listens while the view is attached, and
 * re-reads (through {@code refresh}, which calls the services) when something of interest changed.
 * Bursts of updates are folded into at most one refresh per {@link #INTERVAL}, so a busy meeting
 * does not flood a browser with pushes.
 */
public final class LiveRefresh {

    public static final Duration INTERVAL = Duration.ofMillis(250);

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("live-refresh").factory());

    private LiveRefresh() {
    }

    /** Refreshes {@code view} when the thing with {@code id} on {@code topic} changes. */
    public static void bind(Component view, LiveUpdates live, String topic, UUID id, Runnable refresh) {
        bind(view, live, topic, () -> id, refresh);
    }

    /** As {@link #bind(Component, LiveUpdates, String, UUID, Runnable)}, for a view that learns its id on navigation. */
    public static void bind(Component view, LiveUpdates live, String topic, Supplier<UUID> id, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            // The refresh runs on a background thread; it reads through the services as the person who is looking.
            SecurityContext kijker = SecurityContextHolder.getContext();
            Runnable alsNogZichtbaar = () -> {
                // A refresh planned just before the view was left has nothing to show any more.
                if (view.isAttached()) {
                    refresh.run();
                }
            };
            Throttle throttle = new Throttle(ui, new DelegatingSecurityContextRunnable(alsNogZichtbaar, kijker));
            LiveUpdates.Subscription subscription = live.subscribe(topic, update -> {
                if (update.id().equals(id.get())) {
                    throttle.request();
                }
            });
            view.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
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
