package nl.leerteam.trends;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.EenNodeTegelijk;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Tells a school's KCs that its new test results can be imported: in the month after a test window (M: January–February,
 * E: May–June) while the school, which keeps its results in Leerteam, has none of that window yet. Once per school and
 * window; a school that imported them in time hears nothing.
 */
@Component
class TrendimportHerinnering {

    /** How long after the window's end the reminder may still come (a job that did not run for days catches up). */
    static final int DAGEN_NA_VENSTER = 30;

    private final ToetsresultaatOpslag resultaten;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final EenNodeTegelijk eenNode;
    private final Clock clock;

    TrendimportHerinnering(ToetsresultaatOpslag resultaten, OrganisatieService organisatie, ApplicationEventPublisher gebeurtenissen,
                           EenNodeTegelijk eenNode, Clock clock) {
        this.resultaten = resultaten;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.eenNode = eenNode;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerteam.meldingen.herinnering-cron:0 0 6 * * *}", zone = "Europe/Amsterdam")
    void elkeOchtend() {
        herinner();
    }

    int herinner() {
        return herinner(LocalDate.now(clock.withZone(Tijdzone.SCHOOL)));
    }

    /** The schools told on {@code vandaag}. */
    int herinner(LocalDate vandaag) {
        Schooljaar jaar = Schooljaar.van(vandaag);
        return eenNode.alsSysteem("trendimport-herinnering", () -> {
            int verteld = 0;
            for (Toetsvenster venster : Toetsvenster.values()) {
                LocalDate einde = venster.einde(jaar.beginjaar() + 1);
                if (!einde.isBefore(vandaag) || vandaag.isAfter(einde.plusDays(DAGEN_NA_VENSTER))) {
                    continue;
                }
                List<UUID> scholen = resultaten.scholenMetResultatenSinds(jaar.beginjaar() - 1).stream()
                        .filter(s -> !resultaten.meetmomenten(s, jaar.beginjaar()).contains(Meetmoment.valueOf(venster.name()))).toList();
                Map<UUID, Set<UUID>> kcs = organisatie.kcsVan(scholen);
                for (UUID school : scholen) {
                    Set<UUID> ontvangers = kcs.getOrDefault(school, Set.of());
                    if (!ontvangers.isEmpty()) {
                        gebeurtenissen.publishEvent(new Melding(Meldingsoort.TRENDIMPORT_NODIG, school, ontvangers, null,
                                jaar.beginjaar() + "-" + venster.name()));
                        verteld++;
                    }
                }
            }
            return verteld;
        });
    }
}
