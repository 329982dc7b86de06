package nl.leerteam.organisatie.demo;

import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Development only: the demo people one can log in as. */
@Service
@Profile("dev")
@Transactional(readOnly = true)
public class DevLoginService {

    private final GebruikerRepository gebruikers;
    private final SchoolRepository scholen;

    DevLoginService(GebruikerRepository gebruikers, SchoolRepository scholen) {
        this.gebruikers = gebruikers;
        this.scholen = scholen;
    }

    /** Open to anyone: the page that lists them is the login page itself. */
    @PreAuthorize("permitAll()")
    public List<DemoAccount> accounts() {
        Map<UUID, String> schoolNamen = scholen.findAll().stream()
                .collect(Collectors.toMap(School::getId, School::getNaam, (a, b) -> a));
        return gebruikers.findByOidcIssuerOrderByNaam(DevLogin.ISSUER).stream()
                .map(g -> new DemoAccount(g.getOidcSubject(), g.getNaam(), g.alleRollen(),
                        g.schoolIds().stream().map(schoolNamen::get).sorted().toList()))
                .toList();
    }
}
