package nl.leerteam.privacy;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class PrivacyControleTest {

    @Autowired
    PrivacyControle controle;
    @Autowired
    AuditLog audit;
    @Autowired
    InlogService inlog;

    private final UUID casus = UUID.randomUUID();

    @BeforeEach
    void alsLeerkracht() {
        Inloggen.als(inlog, "sanne");
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void clean_text_passes_and_leaves_no_trace() {
        controle.controleer("CASUS", casus, Map.of("hulpvraag", "Hoe help ik Leerling A bij het plannen?"), false);
        assertThat(audit.over("CASUS", casus)).isEmpty();
    }

    @Test
    void a_bsn_is_refused_even_when_confirmed() {
        assertThatThrownBy(() -> controle.controleer("CASUS", casus, Map.of("wat-zie-ik", "BSN 123456782"), true))
                .isInstanceOfSatisfying(PrivacyBezwaar.class, bezwaar -> {
                    assertThat(bezwaar.blokkerend()).isTrue();
                    assertThat(bezwaar.bevindingen()).containsOnlyKeys("wat-zie-ik");
                });
        assertThat(audit.over("CASUS", casus)).isEmpty();
    }

    @Test
    void a_name_needs_a_confirmation_which_is_recorded_without_the_text() {
        Map<String, String> velden = Map.of("hulpvraag", "Hoe help ik Leerling A?", "wat-zie-ik", "Emma zit naast hem en helpt.");
        assertThatThrownBy(() -> controle.controleer("CASUS", casus, velden, false))
                .isInstanceOfSatisfying(PrivacyBezwaar.class, bezwaar -> {
                    assertThat(bezwaar.blokkerend()).isFalse();
                    assertThat(bezwaar.bevindingen()).containsOnlyKeys("wat-zie-ik");
                    assertThat(bezwaar.tekst("wat-zie-ik")).startsWith("Emma");
                });

        controle.controleer("CASUS", casus, velden, true);
        assertThat(audit.over("CASUS", casus)).singleElement().satisfies(regel -> {
            assertThat(regel.actie()).isEqualTo(AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD);
            assertThat(regel.toelichting()).isEqualTo("NAME");
        });
    }

    @Test
    void colleagues_of_the_writer_named_as_colleagues_pass_and_a_pupil_of_the_same_name_does_not() {
        // Sanne works at De Regenboog with Daan Smit and Joris Bakker
        controle.controleer("BIJEENKOMST", casus, Map.of("notities", "Daan: we proberen een timer.\nVia Joris Bakker komt de planning."),
                false);
        assertThatThrownBy(() -> controle.controleer("BIJEENKOMST", casus, Map.of("notities", "Daan is faalangstig bij dictees."), false))
                .isInstanceOf(PrivacyBezwaar.class);
    }
}
