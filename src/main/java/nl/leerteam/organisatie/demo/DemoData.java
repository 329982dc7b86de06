package nl.leerteam.organisatie.demo;

import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.security.Rol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.leerteam.organisatie.OrganisatieGebeurtenis;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Development only: a realistic (and wholly invented) board to try Leerteam with. Seeded once,
 * into an empty database; what people change afterwards is kept across restarts.
 */
@Component
@Profile("dev")
@Order(0)
public class DemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    public static final String BESTUUR = "Stichting Openbaar Primair Onderwijs Waterland";
    public static final String REGENBOOG = "OBS De Regenboog";
    public static final String WEGWIJZER = "CBS De Wegwijzer";
    public static final String KOMPAS = "Kindcentrum Het Kompas";

    private final BestuurRepository besturen;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;
    private final GebruikerRepository gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;

    DemoData(BestuurRepository besturen, SchoolRepository scholen, LeerteamRepository leerteams,
             GebruikerRepository gebruikers, ApplicationEventPublisher gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
        this.besturen = besturen;
        this.scholen = scholen;
        this.leerteams = leerteams;
        this.gebruikers = gebruikers;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (besturen.count() > 0) {
            return;
        }
        Bestuur bestuur = besturen.save(new Bestuur(BESTUUR));
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuurIngericht(bestuur.getId()));
        School regenboog = scholen.save(new School(bestuur.getId(), REGENBOOG, "21QK", "Purmerend"));
        School wegwijzer = scholen.save(new School(bestuur.getId(), WEGWIJZER, "17RT", "Edam"));
        School kompas = scholen.save(new School(bestuur.getId(), KOMPAS, "19PL", "Monnickendam"));
        Map<String, Leerteam> teams = new HashMap<>();
        for (School school : new School[] {regenboog, wegwijzer, kompas}) {
            teams.put(school.getBrin() + "-ob", leerteam(school, "Onderbouw", "Groep 1 tot en met 3"));
            teams.put(school.getBrin() + "-mb", leerteam(school, "Middenbouw", "Groep 4 en 5"));
            teams.put(school.getBrin() + "-bb", leerteam(school, "Bovenbouw", "Groep 6 tot en met 8"));
        }

        Gebruiker bestuurder = persoon(bestuur, "annelies", "Annelies van den Berg", "a.vandenberg@opo-waterland.nl");
        bestuurder.setBestuurder(true);
        Gebruiker beheerder = new Gebruiker(null, "Rik Schouten", "beheer@leerteam.example");
        beheerder.setBeheerder(true);
        beheerder.koppelIdentiteit(DevLogin.ISSUER, "rik");
        gebruikers.save(beheerder);

        rol(persoon(bestuur, "marieke", "Marieke Jansen", "m.jansen@deregenboog.nl"), regenboog, Rol.DIRECTEUR);
        rol(persoon(bestuur, "henk", "Henk Bos", "h.bos@dewegwijzer.nl"), wegwijzer, Rol.DIRECTEUR);
        rol(persoon(bestuur, "ingrid", "Ingrid Dekker", "i.dekker@hetkompas.nl"), kompas, Rol.DIRECTEUR);

        // The KC who works for two schools.
        Gebruiker fatima = persoon(bestuur, "fatima", "Fatima El Amrani", "f.elamrani@opo-waterland.nl");
        rol(fatima, regenboog, Rol.KC);
        rol(fatima, wegwijzer, Rol.KC);
        rol(persoon(bestuur, "bram", "Bram van Dijk", "b.vandijk@hetkompas.nl"), kompas, Rol.KC);

        leerkracht(bestuur, "sanne", "Sanne de Vries", regenboog, teams.get("21QK-ob"));
        leerkracht(bestuur, "joris", "Joris Bakker", regenboog, teams.get("21QK-ob"));
        leerkracht(bestuur, "ayse", "Ayşe Yılmaz", regenboog, teams.get("21QK-mb"));
        leerkracht(bestuur, "pieter", "Pieter Visser", regenboog, teams.get("21QK-mb"));
        leerkracht(bestuur, "lotte", "Lotte Mulder", regenboog, teams.get("21QK-bb"));
        leerkracht(bestuur, "daan", "Daan Smit", regenboog, teams.get("21QK-bb"));
        leerkracht(bestuur, "noor", "Noor Hendriks", wegwijzer, teams.get("17RT-ob"));
        leerkracht(bestuur, "kees", "Kees de Boer", wegwijzer, teams.get("17RT-mb"));
        leerkracht(bestuur, "priya", "Priya Ramdin", wegwijzer, teams.get("17RT-bb"));
        leerkracht(bestuur, "thomas", "Thomas Peters", wegwijzer, teams.get("17RT-bb"));
        leerkracht(bestuur, "emma", "Emma Kok", kompas, teams.get("19PL-ob"));
        leerkracht(bestuur, "ruben", "Ruben Meijer", kompas, teams.get("19PL-ob"));
        leerkracht(bestuur, "mohamed", "Mohamed Ouali", kompas, teams.get("19PL-mb"));
        leerkracht(bestuur, "femke", "Femke Vermeulen", kompas, teams.get("19PL-bb"));

        // Invited, has not logged in yet: shows how an invitation looks in the administration.
        Gebruiker julia = new Gebruiker(bestuur.getId(), "Julia de Graaf", "j.degraaf@deregenboog.nl");
        julia.setRollenOp(regenboog.getId(), EnumSet.of(Rol.LEERKRACHT));
        gebruikers.save(julia);
        LOG.info("Demo board '{}' seeded: {} schools, {} people", BESTUUR, 3, gebruikers.count());
    }

    private Leerteam leerteam(School school, String naam, String omschrijving) {
        return leerteams.save(new Leerteam(school.getBestuurId(), school.getId(), naam, omschrijving));
    }

    private Gebruiker persoon(Bestuur bestuur, String subject, String naam, String email) {
        Gebruiker gebruiker = new Gebruiker(bestuur.getId(), naam, email);
        gebruiker.koppelIdentiteit(DevLogin.ISSUER, subject);
        return gebruikers.save(gebruiker);
    }

    private static void rol(Gebruiker gebruiker, School school, Rol rol) {
        Set<Rol> rollen = EnumSet.of(rol);
        rollen.addAll(gebruiker.rollenOp(school.getId()));
        gebruiker.setRollenOp(school.getId(), rollen);
    }

    private void leerkracht(Bestuur bestuur, String subject, String naam, School school, Leerteam team) {
        Gebruiker gebruiker = persoon(bestuur, subject, naam,
                subject + "@" + school.getNaam().toLowerCase().replaceAll("[^a-z]", "") + ".nl");
        rol(gebruiker, school, Rol.LEERKRACHT);
        team.voegLidToe(gebruiker.getId());
    }
}
