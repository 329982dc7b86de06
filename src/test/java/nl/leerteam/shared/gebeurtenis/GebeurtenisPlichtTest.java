package nl.leerteam.shared.gebeurtenis;

import jakarta.persistence.EntityManager;
import nl.leerteam.organisatie.OrganisatieGebeurtenis;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change is an event. The whole suite runs with this rule, so a service method that changes
 * data without publishing what happened fails its own tests; here the rule itself is shown.
 */
@LeerteamTest
class GebeurtenisPlichtTest {

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    EntityManager entityManager;
    @Autowired
    ApplicationEventPublisher gebeurtenissen;

    private UUID iemand() {
        return entityManager.createQuery("select g.id from Gebruiker g order by g.naam", UUID.class).setMaxResults(1).getSingleResult();
    }

    private Instant laatstIngelogd(UUID id) {
        return transaction.execute(status -> entityManager.find(Gebruiker.class, id).getLaatstIngelogd());
    }

    @Test
    void a_change_without_an_event_is_refused_at_the_commit_and_nothing_of_it_is_stored() {
        UUID id = iemand();
        Instant voor = laatstIngelogd(id);
        Instant moment = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager.find(Gebruiker.class, id).ingelogd(moment)))
                .rootCause().isInstanceOf(GebeurtenisPlicht.ZonderGebeurtenis.class).hasMessageContaining("Gebruiker");
        assertThat(laatstIngelogd(id)).isEqualTo(voor);
    }

    @Test
    void the_same_change_with_its_event_is_stored() {
        UUID id = iemand();
        Instant moment = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        transaction.executeWithoutResult(status -> {
            entityManager.find(Gebruiker.class, id).ingelogd(moment);
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.Aangemeld(id));
        });

        assertThat(laatstIngelogd(id)).isEqualTo(moment);
    }

    @Test
    void a_transaction_that_only_reads_needs_no_event() {
        UUID id = iemand();
        String naam = transaction.execute(status -> entityManager.find(Gebruiker.class, id).getNaam());
        assertThat(naam).isNotBlank();
    }
}
