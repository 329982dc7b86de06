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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@LeerteamTest
class LiveUpdatesTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void an_update_reaches_the_watchers_of_that_thing_only_and_only_after_commit() throws Exception {
        UUID id = UUID.randomUUID();
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> anderDing = new LinkedBlockingQueue<>();
        BlockingQueue<LiveUpdate> anderOnderwerp = new LinkedBlockingQueue<>();
        LiveUpdates.Subscription subscription = live.subscribe("test-casus", id, ontvangen::add);
        live.subscribe("test-casus", UUID.randomUUID(), anderDing::add);
        live.subscribe("test-ander", id, anderOnderwerp::add);

        transaction.executeWithoutResult(status -> {
            live.publish("test-casus", id);
            assertThat(ontvangen.poll()).as("nothing before the commit").isNull();
        });

        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).isEqualTo(new LiveUpdate("test-casus", id));
        assertThat(anderDing).as("another case of the same topic").isEmpty();
        assertThat(anderOnderwerp).as("the same id on another topic").isEmpty();
        subscription.cancel();
        live.publish("test-casus", id);
        assertThat(ontvangen.poll(1, TimeUnit.SECONDS)).as("after cancelling").isNull();
    }

    /**
     * The listening connection is cut (as a restarted database or a dropped network would): Leerteam
     * reconnects on its own, and every open window gets a catch-up refresh, because what changed in
     * between was never announced. The pool's connections are cut too, and the next read just works.
     */
    @Test
    void after_the_connections_are_cut_every_watched_thing_is_refreshed_and_the_application_works_on() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("TEST_DB_URL") == null, "cutting connections needs the embedded server");
        UUID id = UUID.randomUUID();
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        live.subscribe("test-inhalen", id, ontvangen::add);

        EmbeddedDatabase.alsSuperuser("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where usename = '" + EmbeddedDatabase.APP + "' and pid <> pg_backend_pid()");

        assertThat(ontvangen.poll(10, TimeUnit.SECONDS)).as("the catch-up refresh").isEqualTo(new LiveUpdate("test-inhalen", id));
        String gelezen = transaction.execute(status -> live.gedeeld("test-inhalen", id, String.class,
                () -> new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("select 'gelezen'", String.class)));
        assertThat(gelezen).as("a read through the pool after its connections were cut").isEqualTo("gelezen");
        transaction.executeWithoutResult(status -> live.publish("test-inhalen", id));
        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).as("live again").isEqualTo(new LiveUpdate("test-inhalen", id));
    }

    @Test
    void a_rolled_back_change_is_never_announced() throws Exception {
        UUID id = UUID.randomUUID();
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        live.subscribe("test-rollback", id, ontvangen::add);
        transaction.executeWithoutResult(status -> {
            live.publish("test-rollback", id);
            status.setRollbackOnly();
        });
        assertThat(ontvangen.poll(1, TimeUnit.SECONDS)).isNull();
        live.publish("test-rollback", id);
        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).as("only the committed update arrives")
                .isEqualTo(new LiveUpdate("test-rollback", id));
    }

    @Test
    void the_watchers_of_a_thing_share_one_read_until_it_changes() throws Exception {
        UUID id = UUID.randomUUID();
        AtomicInteger lezingen = new AtomicInteger();
        BlockingQueue<LiveUpdate> ontvangen = new LinkedBlockingQueue<>();
        assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet)).isEqualTo(1);
        assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet))
                .as("nobody watches it: every read reads").isEqualTo(2);

        LiveUpdates.Subscription kijker = live.subscribe("test-gedeeld", id, ontvangen::add);
        live.subscribe("test-gedeeld", id, update -> { });
        int eerste = live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet);
        assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet))
                .as("the second watcher gets the first one's read").isEqualTo(eerste);

        transaction.executeWithoutResult(status -> {
            live.publish("test-gedeeld", id);
            assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet))
                    .as("before the commit the change is not there to read").isEqualTo(eerste);
        });
        int daarna = live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet);
        assertThat(daarna).as("the writer's own node reads afresh right after its commit").isEqualTo(eerste + 1);
        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).as("the notification of the writer's own change").isNotNull();

        // a change on another node reaches this one only as a notification
        int voor = live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet);
        new org.springframework.jdbc.core.JdbcTemplate(dataSource).queryForObject("select pg_notify('leerteam_live', ?)",
                Object.class, "test-gedeeld|" + id);
        assertThat(ontvangen.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet))
                .as("the notification makes the next read fresh").isEqualTo(voor + 1);
        assertThat(live.gedeeld("test-gedeeld", id, Integer.class, lezingen::incrementAndGet)).isEqualTo(voor + 1);
        kijker.cancel();
    }

    @Test
    void an_update_made_on_one_node_reaches_a_subscriber_on_another_node() throws Exception {
        try (ConfigurableApplicationContext tweedeNode = new SpringApplicationBuilder(Application.class)
                .profiles("dev")
                .run("--server.port=0", "--spring.datasource.url=" + EmbeddedDatabase.testUrl(),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres")) {
            BlockingQueue<LiveUpdate> opNodeTwee = new LinkedBlockingQueue<>();
            UUID id = UUID.randomUUID();
            tweedeNode.getBean(LiveUpdates.class).subscribe("test-nodes", id, opNodeTwee::add);

            transaction.executeWithoutResult(status -> live.publish("test-nodes", id));

            assertThat(opNodeTwee.poll(5, TimeUnit.SECONDS)).isEqualTo(new LiveUpdate("test-nodes", id));
        }
    }
}
