package nl.leerteam.shared.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class LiveRefreshTest extends KaribuTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_burst_of_updates_becomes_few_refreshes_and_a_detached_view_hears_nothing() {
        Div view = new Div();
        AtomicInteger refreshes = new AtomicInteger();
        UUID id = UUID.randomUUID();
        LiveRefresh.bind(view, live, "test-refresh", id, refreshes::incrementAndGet);
        UI.getCurrent().add(view);

        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 20; i++) {
                live.publish("test-refresh", id);
            }
            live.publish("test-refresh", UUID.randomUUID());
            live.publish("test-ander", id);
        });

        assertThat(refreshesAfter(Duration.ofSeconds(5), refreshes, 1)).isBetween(1, 2);
        int naBurst = refreshesAfter(Duration.ofMillis(800), refreshes, Integer.MAX_VALUE);
        assertThat(naBurst).as("twenty updates in a burst, at most two refreshes").isBetween(1, 2);

        UI.getCurrent().remove(view);
        live.publish("test-refresh", id);
        assertThat(refreshesAfter(Duration.ofMillis(800), refreshes, Integer.MAX_VALUE)).isEqualTo(naBurst);
    }

    /** Runs the UI's queue of pushed work until {@code enough} refreshes happened or the time is up. */
    private static int refreshesAfter(Duration time, AtomicInteger refreshes, int enough) {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end && refreshes.get() < enough) {
            MockVaadin.clientRoundtrip(false);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        MockVaadin.clientRoundtrip(false);
        return refreshes.get();
    }
}
