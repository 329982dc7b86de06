package nl.leerteam.bijeenkomst;

import nl.leerteam.meldingen.MeldingRegel;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The morning before an open action item is due, its owner hears of it once, and only while they read its leerteam. */
@LeerteamTest
class ActiepuntHerinneringTest {

    @Autowired
    ActiepuntHerinnering herinnering;
    @Autowired
    MeldingService meldingen;
    @Autowired
    BijeenkomstService bijeenkomsten;
    @Autowired
    AgendaService agenda;
    @Autowired
    VerslagService verslag;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    InlogService inlog;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private List<MeldingRegel> van(String wie, UUID bijeenkomst) {
        Inloggen.als(inlog, wie);
        return meldingen.mijnMeldingen(LeerteamI18NProvider.DUTCH).stream()
                .filter(m -> m.soort() == Meldingsoort.ACTIEPUNT_MORGEN && m.pad().equals("bijeenkomsten/" + bijeenkomst)).toList();
    }

    private UUID id(String wie) {
        return jdbc.queryForObject("select id from gebruiker where oidc_subject = ?", UUID.class, wie);
    }

    @Test
    void the_owner_hears_once_the_morning_before_and_not_when_done_or_after_leaving_the_leerteam() {
        UUID thomas = id("thomas");
        UUID priya = id("priya");
        Inloggen.als(inlog, "priya");
        UUID team = organisatie.mijnKringen().keySet().iterator().next();
        LocalDate vandaag = LocalDate.now(Tijdzone.SCHOOL);
        UUID bijeenkomst = bijeenkomsten.plannen(team, new BijeenkomstFormulier("Leerteam over toetsen", vandaag.minusDays(7),
                LocalTime.of(15, 0), LocalTime.of(16, 0), "Teamkamer", null, priya, thomas, null), false);
        agenda.agendapuntToevoegen(bijeenkomst, AgendapuntSoort.ONDERWERP, null, "Toetsen", false);
        UUID punt = bijeenkomsten.bijeenkomst(bijeenkomst).agenda().getFirst().id();
        verslag.actiepuntToevoegen(punt, "Ouders van groep 7 uitnodigen", thomas, vandaag.plusDays(1), false);
        verslag.actiepuntToevoegen(punt, "Toetskalender bijwerken", priya, vandaag.plusDays(3), false);

        herinnering.herinner();
        herinnering.herinner();
        List<MeldingRegel> aanThomas = van("thomas", bijeenkomst);
        assertThat(aanThomas).as("once, though the job ran twice").hasSize(1);
        assertThat(aanThomas.getFirst().tekst()).isEqualTo("Je actiepunt uit Leerteam over toetsen moet morgen af")
                .doesNotContain("Ouders");
        assertThat(van("priya", bijeenkomst)).as("hers is due in three days; his is not hers").isEmpty();

        UUID actiepunt = jdbc.queryForObject("select id from actiepunt where bijeenkomst_id = ? and eigenaar_id = ?", UUID.class,
                bijeenkomst, thomas);
        Inloggen.als(inlog, "thomas");
        verslag.actiepuntAfvinken(actiepunt, true, null, null);
        assertThat(van("thomas", bijeenkomst)).as("done: nothing to be reminded of").isEmpty();

        Inloggen.als(inlog, "priya");
        verslag.actiepuntToevoegen(punt, "Leesmap maken", thomas, vandaag.plusDays(1), false);
        jdbc.update("delete from leerteam_lid where leerteam_id = ? and gebruiker_id = ?", team, thomas);
        try {
            herinnering.herinner();
            assertThat(jdbc.queryForObject("select count(*) from melding m join actiepunt a on a.id = m.doel_id"
                    + " where a.tekst = 'Leesmap maken' and a.bijeenkomst_id = ?", Integer.class, bijeenkomst))
                    .as("no longer in the leerteam: not even made").isZero();
        } finally {
            jdbc.update("insert into leerteam_lid (leerteam_id, gebruiker_id, bestuur_id) select ?, id, bestuur_id from gebruiker where id = ?",
                    team, thomas);
        }
    }
}
