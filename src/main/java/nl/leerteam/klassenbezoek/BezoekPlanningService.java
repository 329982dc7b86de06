package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.melding.Melding;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGepland;
import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Who visits whom and when: a teacher asks a KC or colleague for a visit, or a KC or colleague
 * proposes one; and the visits a person takes part in. The cycle itself is {@link KlassenbezoekService}.
 */
@Service
@Transactional
public class BezoekPlanningService {

    private final KlassenbezoekRepository bezoeken;
    private final BezoekToegang toegang;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    BezoekPlanningService(KlassenbezoekRepository bezoeken, BezoekToegang toegang, OrganisatieService organisatie,
                          ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.bezoeken = bezoeken;
        this.toegang = toegang;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The visits where the person is the teacher or the observer, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BezoekSamenvatting> mijnBezoeken() {
        UUID ik = CurrentUser.require().gebruikerId();
        List<Klassenbezoek> lijst = bezoeken.vanMij(ik);
        Map<UUID, String> namen = organisatie.namen(lijst.stream()
                .flatMap(b -> Stream.of(b.getLeerkrachtId(), b.getObservatorId())).distinct().toList());
        return lijst.stream().map(b -> new BezoekSamenvatting(b.getId(), b.getDatum(), b.getTijd(), b.getStatus(), b.getSoort(),
                namen.getOrDefault(b.getLeerkrachtId(), ""), namen.getOrDefault(b.getObservatorId(), ""),
                b.getLeerkrachtId().equals(ik), b.getLeervraag())).toList();
    }

    /**
     * The people the person can plan a visit with: as a teacher, the KCs and colleagues of their
     * schools as observer; as a KC or colleague, the teachers of their schools.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Collega> collegas() {
        return collegas(organisatie.mijnOverzicht());
    }

    private List<Collega> collegas(MijnOverzicht overzicht) {
        UUID ik = CurrentUser.require().gebruikerId();
        List<Collega> collegas = new ArrayList<>();
        for (MijnOverzicht.MijnSchool school : overzicht.scholen()) {
            if (school.mijnRollen().isEmpty()) {
                continue;
            }
            for (PersoonSamenvatting p : organisatie.mensenVan(school.school().id())) {
                if (!p.id().equals(ik) && (p.rollen().contains(Rol.LEERKRACHT) || p.rollen().contains(Rol.KC))) {
                    collegas.add(new Collega(p.id(), p.naam(), school.school().id(), school.school().naam(),
                            p.rollen().contains(Rol.KC)));
                }
            }
        }
        collegas.sort(Comparator.comparing(Collega::naam));
        return collegas;
    }

    /**
     * Plans a visit: a teacher asks an observer ({@code ikBenLeerkracht}), or a KC or colleague
     * proposes to visit a teacher. Both work at {@code schoolId}.
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC')")
    public UUID plannen(UUID schoolId, UUID anderId, boolean ikBenLeerkracht, LocalDate datum) {
        return plannen(schoolId, anderId, ikBenLeerkracht, datum, null);
    }

    /** As {@link #plannen(UUID, UUID, boolean, LocalDate)}, at a time of day ({@code null}: not known yet). */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC')")
    public UUID plannen(UUID schoolId, UUID anderId, boolean ikBenLeerkracht, LocalDate datum, LocalTime tijd) {
        UUID ik = CurrentUser.require().gebruikerId();
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        Collega ander = collegas(overzicht).stream().filter(c -> c.id().equals(anderId) && c.schoolId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new InvoerFout("ander", "fout.bezoek-collega"));
        Set<Rol> mijnRollen = overzicht.scholen().stream().filter(s -> s.school().id().equals(schoolId))
                .findFirst().map(MijnOverzicht.MijnSchool::mijnRollen).orElse(Set.of());
        toegang.controleerDatum(datum);
        toegang.controleerTijd(tijd);
        UUID leerkracht = ikBenLeerkracht ? ik : anderId;
        UUID observator = ikBenLeerkracht ? anderId : ik;
        if (ikBenLeerkracht && !mijnRollen.contains(Rol.LEERKRACHT)) {
            throw new AccessDeniedException("Only a teacher asks for a visit to their class");
        }
        boolean kc = ikBenLeerkracht ? ander.kc() : mijnRollen.contains(Rol.KC);
        Klassenbezoek bezoek = new Klassenbezoek(CurrentUser.require().bestuurId(), schoolId, leerkracht, observator,
                kc ? BezoekSoort.KC : BezoekSoort.COLLEGIAAL, ik, datum, null, clock.instant());
        bezoek.om(tijd);
        bezoeken.saveAndFlush(bezoek);
        gebeurtenissen.publishEvent(new BezoekGepland(bezoek.getId(), null));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.BEZOEK_GEPLAND, bezoek.getId(), Set.of(anderId), ik));
        return bezoek.getId();
    }

    /**
     * The KC's next step on an escalated case: a visit by that KC to the case's owner, linked to the case. The
     * escalation service checked that the KC is a KC of the case's school and that the owner works there.
     */
    @PreAuthorize("hasRole('KC')")
    public UUID uitCasus(UUID schoolId, UUID casusId, UUID eigenaarId, int groep, LocalDate datum) {
        UUID ik = CurrentUser.require().gebruikerId();
        if (!organisatie.mijnScholenMetRol(Rol.KC).contains(schoolId)) {
            throw new AccessDeniedException("Only a KC of the school plans a visit from a case");
        }
        Klassenbezoek bezoek = new Klassenbezoek(CurrentUser.require().bestuurId(), schoolId, eigenaarId, ik, BezoekSoort.KC, ik,
                datum, null, clock.instant());
        bezoek.uitCasus(casusId, groep);
        bezoeken.saveAndFlush(bezoek);
        gebeurtenissen.publishEvent(new BezoekGepland(bezoek.getId(), null));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.BEZOEK_GEPLAND, bezoek.getId(), Set.of(eigenaarId), ik));
        return bezoek.getId();
    }
}
