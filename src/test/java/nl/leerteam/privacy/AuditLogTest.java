package nl.leerteam.privacy;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    InlogService inlog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void a_read_and_a_change_are_recorded_with_who_and_when() {
        Inloggen.als(inlog, "fatima");
        UUID casus = UUID.randomUUID();
        audit.registreer(AuditActie.GELEZEN, "CASUS", casus, null);
        audit.registreer(AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD, "CASUS", casus, "NAME,DATE_OF_BIRTH");

        assertThat(audit.over("CASUS", casus)).extracting(AuditRegel::actie)
                .containsExactly(AuditActie.GELEZEN, AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD);
        assertThat(audit.over("CASUS", casus)).allSatisfy(regel ->
                assertThat(regel.gebruikerId()).isEqualTo(inlog.aanmelden(nl.leerteam.organisatie.demo.DevLogin.ISSUER, "fatima")
                        .orElseThrow().gebruikerId()));
    }

    @Test
    void a_line_never_holds_free_text_and_a_rolled_back_change_leaves_none() {
        Inloggen.als(inlog, "fatima");
        UUID casus = UUID.randomUUID();
        assertThatThrownBy(() -> audit.registreer(AuditActie.GEWIJZIGD, "CASUS", casus, "Emma is verdrietig"))
                .isInstanceOf(IllegalArgumentException.class);
        transaction.executeWithoutResult(status -> {
            audit.registreer(AuditActie.GEWIJZIGD, "CASUS", casus, null);
            status.setRollbackOnly();
        });
        assertThat(audit.over("CASUS", casus)).isEmpty();
    }

    @Test
    void nobody_logged_in_cannot_write_to_the_log() {
        assertThatThrownBy(() -> audit.registreer(AuditActie.GELEZEN, "CASUS", UUID.randomUUID(), null)).isInstanceOf(Exception.class);
    }
}
