package nl.leerteam.trends;

import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.trends.domain.AmbitieOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * A school's ambitions for its results and the inspectie's signaleringswaarden: everybody of the
 * school sees them on the charts, the school's KCs and director set them.
 */
@Service
@Transactional
public class AmbitieService {

    private final TrendToegang toegang;
    private final AmbitieOpslag opslag;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    AmbitieService(TrendToegang toegang, AmbitieOpslag opslag, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public List<Ambitie> ambities(UUID schoolId) {
        toegang.leesbaar(schoolId);
        return opslag.vanSchool(schoolId);
    }

    /** Adds an ambition ({@code id} null) or changes one based on the version it was read at. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public UUID opslaan(UUID schoolId, Ambitie ambitie) {
        toegang.beheerbaar(schoolId);
        controleer(ambitie);
        UUID id = ambitie.id();
        if (id == null) {
            id = opslag.nieuw(CurrentUser.require().bestuurId(), schoolId, ambitie, clock.instant());
        } else {
            opslag.wijzig(schoolId, ambitie, clock.instant());
        }
        gebeurtenissen.publishEvent(new TrendsGebeurtenis.AmbitieGewijzigd(schoolId, id));
        return id;
    }

    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void verwijderen(UUID schoolId, UUID id, long version) {
        toegang.beheerbaar(schoolId);
        opslag.verwijder(schoolId, id, version);
        gebeurtenissen.publishEvent(new TrendsGebeurtenis.AmbitieGewijzigd(schoolId, id));
    }

    private static void controleer(Ambitie a) {
        if (a.soort() == null) {
            throw new InvoerFout("soort", "fout.verplicht");
        }
        if (a.vak() == null) {
            throw new InvoerFout("vak", "fout.verplicht");
        }
        if (a.maat() == null) {
            throw new InvoerFout("maat", "fout.verplicht");
        }
        if (a.soort() == Ambitie.Soort.SIGNALERINGSWAARDE && a.maat() == Maat.BOVEN_MIDDEN) {
            throw new InvoerFout("maat", "trends.ambitie.signalering-ref");
        }
        if (a.drempel() < 0 || a.drempel() > 100) {
            throw new InvoerFout("drempel", "trends.ambitie.drempel");
        }
        if (a.groepVan() < 1 || a.groepTot() > 8 || a.groepTot() < a.groepVan()) {
            throw new InvoerFout("groepTot", "trends.ambitie.groepen");
        }
    }
}
