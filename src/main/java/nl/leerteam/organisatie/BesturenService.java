package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.domain.Tekst;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The installation administrator's work: the boards that use this installation. */
@Service
@Transactional
public class BesturenService {

    private final Toegang toegang;
    private final BestuurRepository besturen;
    private final SchoolRepository scholen;
    private final GebruikerRepository gebruikers;
    private final BeheerService beheer;
    private final ApplicationEventPublisher gebeurtenissen;

    BesturenService(Toegang toegang, BestuurRepository besturen, SchoolRepository scholen,
                    GebruikerRepository gebruikers, BeheerService beheer, ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.toegang = toegang;
        this.besturen = besturen;
        this.scholen = scholen;
        this.gebruikers = gebruikers;
        this.beheer = beheer;
    }

    @PreAuthorize("hasRole('BEHEERDER')")
    @Transactional(readOnly = true)
    public List<BestuurSamenvatting> besturen() {
        vereisBeheerder();
        Map<UUID, Long> scholenPerBestuur = telling(scholen.countPerBestuur());
        Map<UUID, Long> mensenPerBestuur = telling(gebruikers.countPerBestuur());
        return besturen.findAllByOrderByNaam().stream()
                .map(b -> new BestuurSamenvatting(b.getId(), b.getNaam(), scholenPerBestuur.getOrDefault(b.getId(), 0L),
                        mensenPerBestuur.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    /** A new board with its first board administrator, who gets an invitation link. */
    @PreAuthorize("hasRole('BEHEERDER')")
    public UitnodigingVerstuurd bestuurAanmaken(String bestuurNaam, String bestuurderNaam, String bestuurderEmail) {
        Gebruiker ik = vereisBeheerder();
        String naam = Tekst.verplicht("bestuur", bestuurNaam, BeheerService.MAX_NAAM);
        String persoon = Tekst.verplicht("naam", bestuurderNaam, BeheerService.MAX_NAAM);
        String email = BeheerService.geldigEmail(bestuurderEmail);
        Bestuur bestuur = besturen.save(new Bestuur(naam));
        Gebruiker bestuurder = new Gebruiker(bestuur.getId(), persoon, email);
        bestuurder.setBestuurder(true);
        gebruikers.save(bestuurder);
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuurAangemaakt(bestuur.getId()));
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuursrolGegeven(bestuur.getId(), bestuurder.getId()));
        return beheer.maakUitnodiging(ik, bestuurder, naam);
    }

    /**
     * One board as the installation administrator sees it: its schools and its board administrators, active or invited.
     * Nothing of what the schools hold (cases, visits, people's work): the installation runs the boards, it does not read them.
     */
    @PreAuthorize("hasRole('BEHEERDER')")
    @Transactional(readOnly = true)
    public BestuurOverzicht bestuur(UUID bestuurId) {
        vereisBeheerder();
        Bestuur bestuur = besturen.findById(bestuurId).orElseThrow(Toegang::geweigerd);
        return new BestuurOverzicht(bestuur.getId(), bestuur.getNaam(),
                scholen.findByBestuurIdOrderByNaam(bestuurId).stream().map(Samenvattingen::van).toList(),
                gebruikers.findByBestuurIdAndBestuurderTrueOrderByNaam(bestuurId).stream().map(g -> Samenvattingen.van(g, null)).toList());
    }

    /**
     * Makes someone an administrator of a board, as for its first one: for a board whose administrator left. A person
     * of the board with this address gets the role at once ({@code null} is returned); anyone else is invited.
     */
    @PreAuthorize("hasRole('BEHEERDER')")
    public UitnodigingVerstuurd bestuurderUitnodigen(UUID bestuurId, String naam, String email) {
        Gebruiker ik = vereisBeheerder();
        besturen.findById(bestuurId).orElseThrow(Toegang::geweigerd);
        return beheer.bestuurderMaken(ik, bestuurId, naam, email);
    }

    private static Map<UUID, Long> telling(List<Object[]> rijen) {
        return rijen.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (Long) r[1]));
    }

    private Gebruiker vereisBeheerder() {
        Gebruiker ik = toegang.ik();
        if (!ik.isBeheerder()) {
            throw Toegang.geweigerd();
        }
        return ik;
    }
}
