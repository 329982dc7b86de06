package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.UitnodigingRepository;
import nl.leerteam.shared.domain.InvoerFout;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Erasing a person on request (the AVG's right to erasure), by an administrator of their board or of the installation.
 * Their account and identity link go; what they wrote in shared spaces stays, under "oud-medewerker", so the team's
 * record is not torn apart; what was their own goes with them: the visits of their lessons, their calendar link, what
 * they follow, their invitations. The erasure is an audit line. See decision record 20.
 */
@Service
@Transactional
public class WissenService {

    private final Toegang toegang;
    private final GebruikerRepository gebruikers;
    private final LeerteamRepository leerteams;
    private final UitnodigingRepository uitnodigingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    WissenService(Toegang toegang, GebruikerRepository gebruikers, LeerteamRepository leerteams,
                  UitnodigingRepository uitnodigingen, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.leerteams = leerteams;
        this.uitnodigingen = uitnodigingen;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /**
     * Erases a person of the administrator's own board (or, for the installation's administrator, of any board). Nobody
     * erases themselves: another administrator does, so an erasure is always someone's deliberate act.
     */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'BEHEERDER')")
    public void wissen(UUID gebruikerId) {
        Gebruiker ik = toegang.ik();
        Gebruiker persoon = gebruikers.findWithRollenById(gebruikerId)
                .filter(g -> g.getBestuurId() != null && !g.isGewist())
                .filter(g -> ik.isBeheerder() || ik.isBestuurder() && g.getBestuurId().equals(ik.getBestuurId()))
                .orElseThrow(Toegang::geweigerd);
        if (persoon.getId().equals(ik.getId())) {
            throw new InvoerFout("persoon", "fout.zelf-wissen");
        }
        // first the modules remove what was the person's own, while the person still is who they were
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.PersoonGewist(persoon.getBestuurId(), persoon.getId()));
        for (Leerteam team : leerteams.findByLid(persoon.getId())) {
            team.verwijderLid(persoon.getId());
        }
        uitnodigingen.deleteAll(uitnodigingen.findByGebruikerIdInOrderByAangemaaktDesc(List.of(persoon.getId())));
        persoon.wis(clock.instant());
        gebruikers.flush();
    }
}
