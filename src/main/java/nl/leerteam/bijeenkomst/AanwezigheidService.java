package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.Binnengekomen;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.Vertrokken;
import nl.leerteam.bijeenkomst.domain.Aanwezigheid;
import nl.leerteam.bijeenkomst.domain.AanwezigheidRepository;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Who has a meeting open: one row per browser window, so that two windows of one person and a
 * window on another node all count. Whoever opens a meeting is present and counts as a participant
 * of its minutes.
 */
@Service
@Transactional
public class AanwezigheidService {

    private final AanwezigheidRepository aanwezigheid;
    private final BijeenkomstRepository bijeenkomsten;
    private final BijeenkomstToegang toegang;
    private final Aanwezigen aanwezigen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    AanwezigheidService(AanwezigheidRepository aanwezigheid, BijeenkomstRepository bijeenkomsten, BijeenkomstToegang toegang,
                        Aanwezigen aanwezigen, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.aanwezigheid = aanwezigheid;
        this.bijeenkomsten = bijeenkomsten;
        this.toegang = toegang;
        this.aanwezigen = aanwezigen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /**
     * A browser window opened the meeting: its person is present, and counts as a participant.
     *
     * @param verbindingId a new random id per window, the key to leave again
     */
    @PreAuthorize("isAuthenticated()")
    public void binnenkomen(UUID bijeenkomstId, UUID verbindingId) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        aanwezigheid.saveAndFlush(new Aanwezigheid(verbindingId, bijeenkomstId, gelezen.ik(), clock.instant()));
        bijeenkomsten.voegDeelnemerToe(bijeenkomstId, gelezen.ik());
        gebeurtenissen.publishEvent(new Binnengekomen(bijeenkomstId, verbindingId));
    }

    /** Who has the meeting open now; one read per change for everybody watching it on a node. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Persoon> aanwezig(UUID bijeenkomstId) {
        toegang.leesbaar(bijeenkomstId);
        return aanwezigen.van(bijeenkomstId);
    }

    /** The window closed or left the meeting. */
    @PreAuthorize("isAuthenticated()")
    public void vertrekken(UUID verbindingId) {
        aanwezigheid.findById(verbindingId).ifPresent(a -> {
            if (!a.getGebruikerId().equals(toegang.ik())) {
                throw new AccessDeniedException("Someone else's window");
            }
            aanwezigheid.delete(a);
            aanwezigheid.flush();
            gebeurtenissen.publishEvent(new Vertrokken(a.getBijeenkomstId(), verbindingId));
        });
    }

    /** Rows of windows that never said goodbye (a node that stopped): reads ignore them already, this removes them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void ruimOp() {
        aanwezigheid.verwijderOuderDan(clock.instant().minus(Aanwezigen.MAX_AANWEZIG));
    }
}
