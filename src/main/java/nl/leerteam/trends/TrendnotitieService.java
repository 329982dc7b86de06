package nl.leerteam.trends;

import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.trends.TrendsGebeurtenis.TrendnotitieGewijzigd;
import nl.leerteam.trends.domain.TrendnotitieOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Notes on points of the school's results: anybody of the school writes one (through the privacy guard, as
 * every free text); its author or a KC or the director of the school takes it away.
 */
@Service
@Transactional
public class TrendnotitieService {

    public static final String ONDERWERP = "TRENDNOTITIE";
    public static final int MAX_NOTITIE = 500;
    public static final int MAX_PER_PUNT = 10;

    private final TrendToegang toegang;
    private final TrendnotitieOpslag opslag;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    TrendnotitieService(TrendToegang toegang, TrendnotitieOpslag opslag, PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen,
                        Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** A note on the result of {@code jaargroep} at {@code moment} of a school year, in one subject. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public UUID toevoegen(UUID schoolId, Vak vak, Schooljaar jaar, Meetmoment moment, int jaargroep, String tekst,
                          boolean privacyBevestigd) {
        toegang.leesbaar(schoolId);
        if (vak == null || jaar == null || moment == null || jaargroep < 1 || jaargroep > 8) {
            throw new InvoerFout("tekst", "fout.verplicht");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_NOTITIE);
        if (opslag.aantalOpPunt(schoolId, vak, jaar, moment, jaargroep) >= MAX_PER_PUNT) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_PER_PUNT);
        }
        privacy.controleer(ONDERWERP, schoolId, Map.of("tekst", schoon), privacyBevestigd);
        UUID id = opslag.nieuw(CurrentUser.require().bestuurId(), schoolId, vak, jaar, moment, jaargroep, schoon,
                CurrentUser.require().gebruikerId(), clock.instant());
        gebeurtenissen.publishEvent(new TrendnotitieGewijzigd(schoolId, id));
        return id;
    }

    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public void verwijderen(UUID notitieId) {
        TrendnotitieOpslag.Notitie notitie = opslag.notitie(notitieId)
                .orElseThrow(() -> new AccessDeniedException("No such note for this person"));
        TrendSchool school = toegang.leesbaar(notitie.schoolId());
        if (!school.importeren() && !notitie.auteurId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only its author or the school's KCs and director take a note away");
        }
        opslag.verwijder(notitieId);
        gebeurtenissen.publishEvent(new TrendnotitieGewijzigd(notitie.schoolId(), notitieId));
    }
}
