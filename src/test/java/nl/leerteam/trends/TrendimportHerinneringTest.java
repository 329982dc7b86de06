package nl.leerteam.trends;

import nl.leerteam.meldingen.MeldingRegel;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** After a test window, the KCs of a school that keeps its results in Leerteam hear once that the new ones can come in. */
@LeerteamTest
class TrendimportHerinneringTest {

    @Autowired
    TrendimportHerinnering herinnering;
    @Autowired
    MeldingService meldingen;
    @Autowired
    InlogService inlog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private List<MeldingRegel> over(String wie, UUID school) {
        Inloggen.als(inlog, wie);
        return meldingen.mijnMeldingen(LeerteamI18NProvider.DUTCH).stream()
                .filter(m -> m.soort() == Meldingsoort.TRENDIMPORT_NODIG && m.tekst().contains("OBS De Regenboog")).toList();
    }

    @Test
    void the_kc_hears_once_in_the_month_after_the_window_and_a_teacher_never() {
        UUID regenboog = jdbc.queryForObject("select id from school where naam = 'OBS De Regenboog'", UUID.class);
        // the M window of a school year two years on: the demonstration results stop at last school year
        int beginjaar = LocalDate.now().getYear() + 1;
        LocalDate naVenster = LocalDate.of(beginjaar + 1, 3, 3);
        jdbc.update("delete from melding where soort = 'TRENDIMPORT_NODIG' and doel_id = ? and uniek = ?", regenboog, beginjaar + "-M");
        assertThat(herinnering.herinner(LocalDate.of(beginjaar + 1, 2, 20))).as("the window is still open").isZero();
        assertThat(herinnering.herinner(naVenster.plusDays(60))).as("too long after: no reminder out of the blue").isZero();

        // demonstration results of the year before count as keeping results in Leerteam
        jdbc.update("""
                insert into toetsresultaat (id, bestuur_id, school_id, schooljaar, meetmoment, afnamedatum, jaargroep, groep, vak, aanbieder,
                    toets, schaal, aantal, gemiddelde, niveaus, import_id)
                select gen_random_uuid(), bestuur_id, school_id, ?, meetmoment, afnamedatum + interval '3 years', jaargroep, groep, vak,
                    aanbieder, toets, schaal, aantal, gemiddelde, niveaus, import_id
                from toetsresultaat where school_id = ? and schooljaar = (select max(schooljaar) from toetsresultaat where school_id = ?)
                  and meetmoment = 'E' limit 1""", (short) (beginjaar - 1), regenboog, regenboog);
        int voor = over("fatima", regenboog).size();
        assertThat(herinnering.herinner(naVenster)).isPositive();
        herinnering.herinner(naVenster.plusDays(1));
        List<MeldingRegel> fatima = over("fatima", regenboog);
        assertThat(fatima).as("once per school and window").hasSize(voor + 1);
        assertThat(fatima.getFirst().tekst()).isEqualTo("De nieuwe toetsresultaten van OBS De Regenboog kunnen worden geïmporteerd");
        assertThat(fatima.getFirst().pad()).isEqualTo("trends");
        assertThat(over("sanne", regenboog)).isEmpty();
        assertThat(over("marieke", regenboog)).isEmpty();
        assertThat(over("bram", regenboog)).isEmpty();
        jdbc.update("delete from toetsresultaat where school_id = ? and schooljaar = ?", regenboog, (short) (beginjaar - 1));
    }
}
