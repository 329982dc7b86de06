package nl.leerteam.shared.gebeurtenis;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;
import java.util.TreeSet;

/**
 * Every change is an event: a transaction that inserts, updates or deletes an entity and publishes
 * no {@link Gebeurtenis} is refused at its commit, so a service method cannot forget to tell the audit
 * log and the people watching. Checked after Hibernate's last flush, just before the commit.
 * <p>
 * The state is kept per Spring transaction on its thread; Leerteam does not nest transactions
 * ({@code REQUIRES_NEW}), which would share it.
 */
@Component
public class GebeurtenisPlicht implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    /** What one transaction changed, and whether it said so. */
    private static final class Stand {
        private final Set<String> gewijzigd = new TreeSet<>();
        private boolean gebeurtenis;
        private boolean gecontroleerd;
    }

    GebeurtenisPlicht(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    /** Marks the transaction as one that said what it changed. */
    @EventListener
    void gepubliceerd(Gebeurtenis gebeurtenis) {
        Stand stand = stand();
        if (stand != null) {
            stand.gebeurtenis = true;
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        gewijzigd(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        gewijzigd(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        gewijzigd(event.getEntity(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void gewijzigd(Object entity, SharedSessionContractImplementor session) {
        Stand stand = stand();
        if (stand == null) {
            return;
        }
        stand.gewijzigd.add(entity.getClass().getSimpleName());
        if (!stand.gecontroleerd) {
            stand.gecontroleerd = true;
            session.getTransactionCompletionCallbacks()
                    .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) s -> controleer(stand));
        }
    }

    private static void controleer(Stand stand) {
        if (!stand.gebeurtenis) {
            throw new ZonderGebeurtenis(stand.gewijzigd);
        }
    }

    /** This transaction's state, made on first use; {@code null} outside a transaction. */
    private static Stand stand() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Stand stand = (Stand) TransactionSynchronizationManager.getResource(GebeurtenisPlicht.class);
        if (stand == null) {
            stand = new Stand();
            TransactionSynchronizationManager.bindResource(GebeurtenisPlicht.class, stand);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(GebeurtenisPlicht.class);
                }
            });
        }
        return stand;
    }

    /** A transaction changed data without publishing what happened. */
    public static final class ZonderGebeurtenis extends IllegalStateException {
        ZonderGebeurtenis(Set<String> gewijzigd) {
            super("Changed " + gewijzigd + " without publishing a Gebeurtenis: every change is an event");
        }
    }
}
