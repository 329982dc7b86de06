package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.domain.KleineAantallen;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * The privacy statement a school links to from its website: for parents and teachers, without a login. It holds what
 * any school publishes anyway (its name, its board) and the board's retention periods, never a person.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyverklaringService {

    private final SchoolRepository scholen;
    private final BestuurRepository besturen;
    private final OrganisatieProperties properties;

    PrivacyverklaringService(SchoolRepository scholen, BestuurRepository besturen, OrganisatieProperties properties) {
        this.scholen = scholen;
        this.besturen = besturen;
        this.properties = properties;
    }

    /** The statement of one school; empty for an id that is no school (the same answer as for any unknown page). */
    @PreAuthorize("permitAll()")
    public Optional<Privacyverklaring> verklaring(UUID schoolId) {
        if (schoolId == null) {
            return Optional.empty();
        }
        return scholen.findById(schoolId).map(school -> {
            Bestuur bestuur = besturen.findById(school.getBestuurId()).orElseThrow();
            return new Privacyverklaring(school.getNaam(), bestuur.getNaam(), new Bewaartermijnen(bestuur.getBewaartermijnMaanden(),
                    bestuur.getBezoekBewaartermijnMaanden(), properties.uitnodigingGeldigheid().toDays()), KleineAantallen.MINIMUM);
        });
    }
}
