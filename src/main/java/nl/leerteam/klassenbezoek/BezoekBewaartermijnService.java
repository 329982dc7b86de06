package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekVerlopen;
import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.EenNodeTegelijk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finished classroom visits are removed once their board's retention period has passed since they were closed (24
 * months unless the board chose otherwise). What stays is their share of the school picture's counts; every removal is
 * an audit line.
 */
@Service
@Transactional
public class BezoekBewaartermijnService {

    private final KlassenbezoekRepository bezoeken;
    private final BezoekenVerwijderen verwijderen;
    private final OrganisatieService organisatie;
    private final EenNodeTegelijk eenNode;
    private final Clock clock;

    BezoekBewaartermijnService(KlassenbezoekRepository bezoeken, BezoekenVerwijderen verwijderen, OrganisatieService organisatie,
                               EenNodeTegelijk eenNode, Clock clock) {
        this.bezoeken = bezoeken;
        this.verwijderen = verwijderen;
        this.organisatie = organisatie;
        this.eenNode = eenNode;
        this.clock = clock;
    }

    /**
     * Removes every finished visit closed longer ago than its board's period; Leerteam's own job only.
     *
     * @return how many visits were removed
     */
    @PreAuthorize("hasRole('SYSTEEM')")
    public int verwijderVerlopen(Instant nu) {
        if (!eenNode.mag("leerteam.bezoekbewaartermijn")) {
            // another node runs the same job right now
            return 0;
        }
        int verwijderd = 0;
        for (Map.Entry<UUID, Integer> bestuur : organisatie.bezoekBewaartermijnen().entrySet()) {
            Instant grens = nu.atZone(clock.getZone()).minusMonths(bestuur.getValue()).toInstant();
            List<Klassenbezoek> verlopen = bezoeken.findByBestuurIdAndStatusAndAfgerondOpBefore(bestuur.getKey(),
                    BezoekStatus.AFGEROND, grens);
            verwijderd += verwijderen.verwijder(verlopen, b -> new BezoekVerlopen(b.getId(), b.getBestuurId()));
        }
        return verwijderd;
    }
}
