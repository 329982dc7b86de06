package nl.leerteam.shared;

import nl.leerteam.Application;
import nl.leerteam.shared.live.LiveUpdate;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.support.EmbeddedDatabase;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@LeerteamTest
class LiveUpdatesTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void an_update_reaches_subscribers_of_its_topic_only_after_commit() throws Exception {
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> anderOnderwerp = new LinkedBlockingQueue<>();
        LiveUpdates.Subscription subscription = live.subscribe("test-casus", ontvangen::add);
        live.subscribe("test-ander", anderOnderwerp::add);
        UUID id = UUID.randomUUID();

        transaction.executeWithoutResult(status -> {
            live.publish("test-casus", id);
            assertThat(ontvangen.poll()).as("nothing before the commit").isNull();
        });

        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).isEqualTo(new LiveUpdate("test-casus", id));
        assertThat(anderOnderwerp).isEmpty();
        subscription.cancel();
    }

    @Test
    void a_rolled_back_change_is_never_announced() throws Exception {
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        live.subscribe("test-rollback", ontvangen::add);
        transaction.executeWithoutResult(status -> {
            live.publish("test-rollback", UUID.randomUUID());
            status.setRollbackOnly();
        });
        UUID daarna = UUID.randomUUID();
        live.publish("test-rollback", daarna);
        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).as("only the committed update arrives")
                .isEqualTo(new LiveUpdate("test-rollback", daarna));
    }

    @Test
    void an_update_made_on_one_node_reaches_a_subscriber_on_another_node() throws Exception {
        try (ConfigurableApplicationContext tweedeNode = new SpringApplicationBuilder(Application.class)
                .profiles("dev")
                .run("--server.port=0", "--spring.datasource.url=" + EmbeddedDatabase.testUrl(),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")) {
            BlockingQueue<LiveUpdate> opNodeTwee = new LinkedBlockingQueue<>();
            tweedeNode.getBean(LiveUpdates.class).subscribe("test-nodes", opNodeTwee::add);
            UUID id = UUID.randomUUID();

            transaction.executeWithoutResult(status -> live.publish("test-nodes", id));

            assertThat(opNodeTwee.poll(5, TimeUnit.SECONDS)).isEqualTo(new LiveUpdate("test-nodes", id));
        }
    }
}
