package nl.leerteam.support;

import nl.leerteam.shared.gebeurtenis.Gebeurtenis;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data written straight through repositories, in one transaction that says so: every change is
 * an event, for the data a test lays out too.
 */
public record TestdataIngericht(String wat) implements Gebeurtenis {

    public static void inrichten(ApplicationContext context, String wat, Runnable werk) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            werk.run();
            context.publishEvent(new TestdataIngericht(wat));
        });
    }
}
