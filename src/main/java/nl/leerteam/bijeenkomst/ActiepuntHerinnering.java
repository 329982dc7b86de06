package nl.leerteam.bijeenkomst;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.EenNodeTegelijk;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.shared.melding.Meldingsoort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Tells the owner of an open action item the morning before it is due, once per item and due date (a date moved later
 * is told again), and only while they still read its leerteam.
 */
@Component
class ActiepuntHerinnering {

    private final JdbcTemplate jdbc;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final EenNodeTegelijk eenNode;
    private final Clock clock;

    ActiepuntHerinnering(JdbcTemplate jdbc, OrganisatieService organisatie, ApplicationEventPublisher gebeurtenissen,
                         EenNodeTegelijk eenNode, Clock clock) {
        this.jdbc = jdbc;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.eenNode = eenNode;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerteam.meldingen.herinnering-cron:0 0 6 * * *}", zone = "Europe/Amsterdam")
    void elkeOchtend() {
        herinner();
    }

    /** The action items told about now. */
    int herinner() {
        LocalDate morgen = LocalDate.now(clock.withZone(Tijdzone.SCHOOL)).plusDays(1);
        return eenNode.alsSysteem("actiepunt-herinnering", () -> {
            int verteld = 0;
            for (var rij : jdbc.queryForList("select id, eigenaar_id, leerteam_id from actiepunt where deadline = ? and afgerond_op is null",
                    Date.valueOf(morgen))) {
                UUID eigenaar = (UUID) rij.get("eigenaar_id");
                if (organisatie.lezerVan(eigenaar).leerteams().contains((UUID) rij.get("leerteam_id"))) {
                    gebeurtenissen.publishEvent(new Melding(Meldingsoort.ACTIEPUNT_MORGEN, (UUID) rij.get("id"), Set.of(eigenaar), null,
                            morgen.toString()));
                    verteld++;
                }
            }
            return verteld;
        });
    }
}
