package nl.leerteam.leerlingbespreking;

import nl.leerteam.shared.security.SysteemTaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Every night: closed cases past their board's retention period are deleted. */
@Component
class CasusBewaartermijn {

    private static final Logger LOG = LoggerFactory.getLogger(CasusBewaartermijn.class);

    private final CasusService casussen;
    private final Clock clock;

    CasusBewaartermijn(CasusService casussen, Clock clock) {
        this.casussen = casussen;
        this.clock = clock;
    }

    @Scheduled(cron = "${leerteam.bewaartermijn.cron:0 30 2 * * *}")
    void ruimOp() {
        int verwijderd = SysteemTaak.als(() -> casussen.verwijderVerlopen(clock.instant()));
        if (verwijderd > 0) {
            LOG.info("Retention: {} closed case(s) past their retention period deleted", verwijderd);
        }
    }
}
