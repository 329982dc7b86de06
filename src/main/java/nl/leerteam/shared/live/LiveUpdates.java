package nl.leerteam.shared.live;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live updates between the people looking at the same thing, on every application node.
 * <p>
 * {@link #publish} sends a PostgreSQL {@code NOTIFY} in the writer's transaction, so an update is
 * delivered only after that transaction commits, and never when it rolls back. Every node (this
 * one too) {@code LISTEN}s on one connection and hands each update to the subscribers of its topic.
 * No extra server is needed; the database stays the single source of truth.
 */
@Component
public class LiveUpdates implements SmartLifecycle {

    static final String CHANNEL = "leerteam_live";
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Map<String, List<Consumer<LiveUpdate>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    LiveUpdates(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** A handle to stop receiving updates; views call it when they detach. */
    public interface Subscription {
        void cancel();
    }

    /**
     * Receives the updates of a topic, on a background thread: a UI must hand them to
     * {@code UI.access} itself.
     */
    public Subscription subscribe(String topic, Consumer<LiveUpdate> subscriber) {
        List<Consumer<LiveUpdate>> list = subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>());
        list.add(subscriber);
        return () -> list.remove(subscriber);
    }

    /** Announces a change, delivered after the surrounding transaction commits (at once without one). */
    public void publish(String topic, java.util.UUID id) {
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, new LiveUpdate(topic, id).payload());
    }

    void deliver(LiveUpdate update) {
        for (Consumer<LiveUpdate> subscriber : subscribers.getOrDefault(update.topic(), List.of())) {
            try {
                subscriber.accept(update);
            } catch (RuntimeException e) {
                LOG.warn("A live update subscriber failed", e);
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(LiveUpdate.fromPayload(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Listening for live updates failed; trying again in a second: {}", e.getMessage());
                    pause();
                }
            }
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
