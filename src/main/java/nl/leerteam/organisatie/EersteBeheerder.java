package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.shared.security.SysteemTaak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The way into a new installation: when {@code leerteam.eerste-beheerder.email} is configured and
 * the installation has no administrator yet, that person is invited as installation
 * administrator. The link is mailed (when mail is configured) and written to the log once.
 */
@Component
class EersteBeheerder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(EersteBeheerder.class);

    private final GebruikerRepository gebruikers;
    private final BeheerService beheer;
    private final String email;
    private final String naam;

    private final ApplicationEventPublisher gebeurtenissen;

    EersteBeheerder(GebruikerRepository gebruikers, BeheerService beheer, ApplicationEventPublisher gebeurtenissen,
                    @Value("${leerteam.eerste-beheerder.email:}") String email,
                    @Value("${leerteam.eerste-beheerder.naam:Beheerder}") String naam) {
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
        this.beheer = beheer;
        this.email = email;
        this.naam = naam;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || gebruikers.existsByBeheerderTrue()) {
            return;
        }
        Gebruiker beheerder = new Gebruiker(null, naam, BeheerService.geldigEmail(email));
        beheerder.setBeheerder(true);
        gebruikers.save(beheerder);
        // Leerteam itself gives the role, and the audit log says so
        UitnodigingVerstuurd uitnodiging = SysteemTaak.als(() -> {
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BeheerdersrolGegeven(beheerder.getId()));
            return beheer.maakUitnodiging(null, beheerder, "Leerteam");
        });
        LOG.warn("First installation administrator invited; open this link once to log in and bind your account: {}",
                uitnodiging.link());
    }
}
