package nl.leerteam.organisatie;

import nl.leerteam.organisatie.demo.DevLogin;
import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.TestdataIngericht;
import org.springframework.context.ApplicationContext;

import java.util.EnumSet;

/**
 * A second board beside the demo board, with a director ("b-directeur"), a teacher ("b-leerkracht")
 * and a board administrator ("b-bestuur"): the people who must get nothing of the demo board.
 */
public final class TweedeBestuur {

    public static final String NAAM = "Stichting Andere Scholen";

    private final BestuurRepository besturen;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;
    private final GebruikerRepository gebruikers;

    private TweedeBestuur(ApplicationContext context) {
        this.besturen = context.getBean(BestuurRepository.class);
        this.scholen = context.getBean(SchoolRepository.class);
        this.leerteams = context.getBean(LeerteamRepository.class);
        this.gebruikers = context.getBean(GebruikerRepository.class);
    }

    /** Creates the second board in the context's database, once. */
    public static synchronized void zorgDatHetBestaat(ApplicationContext context) {
        TweedeBestuur bestuur = new TweedeBestuur(context);
        TestdataIngericht.inrichten(context, "tweede bestuur", bestuur::maak);
    }

    private void maak() {
        if (gebruikers.findByOidcIssuerAndOidcSubject(DevLogin.ISSUER, "b-directeur").isPresent()) {
            return;
        }
        Bestuur bestuur = besturen.save(new Bestuur(NAAM));
        School school = scholen.save(new School(bestuur.getId(), "De Andere School", "99ZZ", "Elders"));
        Leerteam team = leerteams.save(new Leerteam(bestuur.getId(), school.getId(), "Bovenbouw", null));
        Gebruiker directeur = persoon(bestuur, "b-directeur", "Bea Directeur");
        directeur.setRollenOp(school.getId(), EnumSet.of(Rol.DIRECTEUR));
        Gebruiker leerkracht = persoon(bestuur, "b-leerkracht", "Bob Leerkracht");
        leerkracht.setRollenOp(school.getId(), EnumSet.of(Rol.LEERKRACHT));
        team.voegLidToe(leerkracht.getId());
        persoon(bestuur, "b-bestuur", "Bert Bestuur").setBestuurder(true);
    }

    private Gebruiker persoon(Bestuur bestuur, String subject, String naam) {
        Gebruiker gebruiker = new Gebruiker(bestuur.getId(), naam, subject + "@andere.example");
        gebruiker.koppelIdentiteit(DevLogin.ISSUER, subject);
        return gebruikers.save(gebruiker);
    }
}
