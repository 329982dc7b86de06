package nl.leerteam.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A failure no form handled itself is told to the person in their language, and their text is said to be still there. */
class FoutAfhandelingTest extends KaribuTest {

    @Autowired
    FoutAfhandeling afhandeling;

    private static String getText(Notification melding) {
        return melding.getElement().getProperty("text", "");
    }

    @Test
    void a_database_that_is_gone_is_said_in_dutch_and_the_text_is_said_to_stay() {
        login("sanne");
        afhandeling.fout(new ErrorEvent(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")))));

        Notification melding = _get(Notification.class, spec -> spec.withId("fout-melding"));
        assertThat(getText(melding)).startsWith("Niet opgeslagen: Leerteam kan de database op dit moment niet bereiken")
                .contains("Wat je typte staat er nog");
    }

    @Test
    void anything_else_is_not_saved_either_and_says_so() {
        login("sanne");
        afhandeling.fout(new ErrorEvent(new IllegalStateException("kapot")));
        assertThat(getText(_get(Notification.class, spec -> spec.withId("fout-melding")))).startsWith("Niet opgeslagen: er ging iets mis");
        assertThat(FoutAfhandeling.soort(new RuntimeException(new java.net.ConnectException("refused"))))
                .isEqualTo(FoutAfhandeling.Soort.DATABASE);
    }
}
