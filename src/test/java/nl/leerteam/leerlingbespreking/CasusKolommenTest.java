package nl.leerteam.leerlingbespreking;

import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case holds no field that could identify a pupil. A new column must be added here on purpose,
 * after asking whether it could identify anyone.
 */
@LeerteamTest
class CasusKolommenTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_case_table_has_exactly_the_anonymous_columns() {
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'casus'", String.class))
                .containsExactlyInAnyOrder("id", "bestuur_id", "school_id", "leerteam_id", "eigenaar_id", "pseudoniem", "groep",
                        "hulpvraag", "wat_zie_ik", "al_geprobeerd", "wat_gaat_goed", "wat_belemmert", "ouders_betrokken",
                        "ouders_datum", "ouders_afspraken", "ouders_waarom_niet", "status", "aangemaakt", "gewijzigd",
                        "gesloten_op", "version",
                        // the search index: generated from the texts above, it holds nothing they do not (decision record 21)
                        "zoek");
        assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = 'casus_tag'", String.class))
                .containsExactlyInAnyOrder("casus_id", "tag");
    }
}
