package nl.leerteam.shared.live;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Properties;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Live updates between the people looking at the same thing, on every application node.
 * <p>
 * {@link #publish} sends a PostgreSQL {@code NOTIFY} in the writer's transaction, so an update is
 * delivered only after that transaction commits, and never when it rolls back. Every node (this
 * one too) {@code LISTEN}s on one connection and hands each update only to the subscribers of that
 * topic and id. No extra server is needed; the database stays the single source of truth.
 * <p>
 * While a thing has subscribers, {@link #gedeeld} keeps one read of it for all of them, until its
 * next update: thirty people in one meeting cost one read per change, not thirty.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    static final String CHANNEL = "leerteam_live";
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notification, the listening connection is asked whether it is still there. */
    static final Duration GEZONDHEID = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    /** Opens the listening connection: its own, outside the pool, so a reconnect waits on nobody's timeout. */
    private final Luisterverbinding luisterverbinding;
    private final Map<LiveUpdate, Gevolgd> gevolgd = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;
    /** Counted down at the first LISTEN: the application has started only once it hears what others change. */
    private final java.util.concurrent.CountDownLatch luistert = new java.util.concurrent.CountDownLatch(1);

    LiveUpdates(DataSource dataSource, DataSourceProperties database) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.luisterverbinding = () -> {
            Properties eigenschappen = new Properties();
            eigenschappen.setProperty("user", database.determineUsername());
            if (database.determinePassword() != null) {
                eigenschappen.setProperty("password", database.determinePassword());
            }
            eigenschappen.setProperty("connectTimeout", "3");
            // longer than the health check's wait: a half-open connection fails here at the latest
            eigenschappen.setProperty("socketTimeout", "15");
            eigenschappen.setProperty("tcpKeepAlive", "true");
            eigenschappen.setProperty("ApplicationName", "leerteam-live");
            return DriverManager.getConnection(database.determineUrl(), eigenschappen);
        };
    }

    @FunctionalInterface
    interface Luisterverbinding {
        Connection get() throws SQLException;
    }

    /** A handle to stop receiving updates; views call it when they detach. */
    public interface Subscription {
        void cancel();
    }

    /** One thing that somebody on this node watches: its subscribers and the read they share. */
    private static final class Gevolgd {
        private final List<Consumer<LiveUpdate>> subscribers = new CopyOnWriteArrayList<>();
        /** Counts the changes seen; a shared read is good for the count it was made at. */
        private final AtomicLong wijzigingen = new AtomicLong();
        private final Map<Class<?>, Gelezen> gelezen = new ConcurrentHashMap<>();
    }

    private record Gelezen(long wijzigingen, Object waarde) {
    }

    /**
     * Receives the updates of one thing, on a background thread: a UI must hand them to
     * {@code UI.access} itself.
     */
    public Subscription subscribe(String topic, UUID id, Consumer<LiveUpdate> subscriber) {
        LiveUpdate sleutel = new LiveUpdate(topic, id);
        gevolgd.compute(sleutel, (k, bestaand) -> {
            Gevolgd nu = bestaand == null ? new Gevolgd() : bestaand;
            nu.subscribers.add(subscriber);
            return nu;
        });
        return () -> gevolgd.computeIfPresent(sleutel, (k, nu) -> {
            nu.subscribers.remove(subscriber);
            return nu.subscribers.isEmpty() ? null : nu;
        });
    }

    /** Announces a change, delivered after the surrounding transaction commits (at once without one). */
    public void publish(String topic, UUID id) {
        LiveUpdate update = new LiveUpdate(topic, id);
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, update.payload());
        // This node forgets its shared read at the commit already: the writer's own page reads
        // again right after its click, before the notification has come back.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    gewijzigd(update);
                }
            });
        } else {
            gewijzigd(update);
        }
    }

    /**
     * What {@code lezen} reads about a watched thing, read once for all its watchers on this node
     * until its next change; an unwatched thing is simply read. The caller checks each watcher's
     * access before it asks, and {@code lezen} must return the same for everybody who may see it.
     *
     * @param soort tells apart the different reads of one thing
     */
    @SuppressWarnings("unchecked")
    public <T> T gedeeld(String topic, UUID id, Class<T> soort, Supplier<T> lezen) {
        Gevolgd g = gevolgd.get(new LiveUpdate(topic, id));
        if (g == null) {
            return lezen.get();
        }
        long wijzigingen = g.wijzigingen.get();
        Gelezen eerder = g.gelezen.get(soort);
        if (eerder != null && eerder.wijzigingen() == wijzigingen) {
            return (T) eerder.waarde();
        }
        T waarde = lezen.get();
        // A change during the read makes it stale: it is used once, not kept.
        if (g.wijzigingen.get() == wijzigingen) {
            g.gelezen.put(soort, new Gelezen(wijzigingen, waarde));
        }
        return waarde;
    }

    private void gewijzigd(LiveUpdate update) {
        Gevolgd g = gevolgd.get(update);
        if (g != null) {
            g.wijzigingen.incrementAndGet();
            g.gelezen.clear();
        }
    }

    void deliver(LiveUpdate update) {
        gewijzigd(update);
        Gevolgd g = gevolgd.get(update);
        if (g == null) {
            return;
        }
        for (Consumer<LiveUpdate> subscriber : g.subscribers) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                LOG.warn("A live update subscriber failed", e);
            }
        }
    }

    private void listen() {
        boolean onderbroken = false;
        while (running) {
            try (Connection connection = luisterverbinding.get(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                luistert.countDown();
                inhalen(onderbroken);
                onderbroken = false;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long stil = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        stil = System.nanoTime();
                        for (PGNotification notification : notifications) {
                            deliver(LiveUpdate.fromPayload(notification.getParameter()));
                        }
                    } else if (System.nanoTime() - stil > GEZONDHEID.toNanos()) {
                        // a half-open connection delivers nothing and says nothing: ask it something
                        statement.execute("select 1");
                        stil = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    if (!onderbroken) {
                        LOG.warn("Live updates stopped: the listening connection failed ({}); reconnecting every second",
                                e.getMessage());
                    }
                    onderbroken = true;
                    pause();
                }
            }
        }
    }

    /**
     * Listening (again): notifications sent while nobody listened are lost, so no shared read can be
     * trusted and every watched thing is announced as changed: each open window reads it again.
     */
    private void inhalen(boolean naOnderbreking) {
        List<LiveUpdate> open = List.copyOf(gevolgd.keySet());
        gevolgd.values().forEach(g -> {
            g.wijzigingen.incrementAndGet();
            g.gelezen.clear();
        });
        if (naOnderbreking) {
            LOG.info("Live updates listening again; {} watched things refreshed for their open windows", open.size());
            open.forEach(this::deliver);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("live-updates").start(this::listen);
        try {
            if (!luistert.await(5, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warn("Live updates are not listening yet; they keep trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(WAIT_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
