package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.security.SysteemTaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Every night: finished visits past their board's retention period are removed, their counts kept. */
@Component
class BezoekBewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(BezoekBewaartermijn.class);

    private final BezoekBewaartermijnService service;
    private final Clock clock;

    BezoekBewaartermijn(BezoekBewaartermijnService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerteam.bewaartermijn.cron:0 30 2 * * *}")
    void ruimOp() {
        int verwijderd = SysteemTaak.als(() -> service.verwijderVerlopen(clock.instant()));
        if (verwijderd > 0) {
            LOG.info("Retention: {} finished classroom visit(s) past their retention period removed", verwijderd);
        }
    }
}
