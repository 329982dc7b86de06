package nl.leerteam.platform;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.platform.domain.BibliotheekOpslag;
import nl.leerteam.platform.domain.KaartOpslag;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.security.SysteemTaak;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demonstration board's platform (development profile, on a first start): a vocabulary of themes and
 * practice cards in each stand: published, in review, and outdated.
 */
@Component
@Profile("dev")
@Order(20)
class PlatformDemo implements ApplicationRunner {

    private final OrganisatieService organisatie;
    private final KaartOpslag opslag;
    private final BibliotheekService bibliotheek;
    private final BibliotheekOpslag bijlagen;
    private final nl.leerteam.platform.domain.VraagOpslag vragen;
    private final Clock clock;

    PlatformDemo(OrganisatieService organisatie, KaartOpslag opslag, BibliotheekService bibliotheek, BibliotheekOpslag bijlagen,
                 nl.leerteam.platform.domain.VraagOpslag vragen, Clock clock) {
        this.vragen = vragen;
        this.organisatie = organisatie;
        this.opslag = opslag;
        this.bibliotheek = bibliotheek;
        this.bijlagen = bijlagen;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SysteemTaak.als(() -> {
            for (Map.Entry<UUID, List<SchoolSamenvatting>> bestuur : organisatie.scholenPerBestuur().entrySet()) {
                if (opslag.themas(bestuur.getKey()).isEmpty() && bestuur.getValue().size() >= 2) {
                    inrichten(bestuur.getKey(), bestuur.getValue());
                }
            }
            return null;
        });
    }

    private void inrichten(UUID bestuurId, List<SchoolSamenvatting> scholen) {
        UUID instructie = opslag.themaToevoegen(bestuurId, "Instructie");
        UUID lezen = opslag.themaToevoegen(bestuurId, "Begrijpend lezen");
        UUID trends = opslag.themaToevoegen(bestuurId, "Trendanalyse");
        opslag.themaToevoegen(bestuurId, "Zorgroute");
        SchoolSamenvatting eerste = scholen.get(0);
        SchoolSamenvatting tweede = scholen.get(1);
        UUID kcEerste = kc(eerste.id());
        UUID kcTweede = kc(tweede.id());
        if (kcEerste == null || kcTweede == null || kcEerste.equals(kcTweede)) {
            return;
        }
        LocalDate vandaag = LocalDate.now(clock);
        UUID gepubliceerd = kaart(bestuurId, eerste.id(), kcEerste, new KaartInvoer("Korte instructie met wisbordjes", Domein.LEERCOORDINATOR,
                List.of(instructie), List.of(4, 5, 6), Context.Schoolgrootte.MIDDEL, Context.Populatie.GEMIDDELD,
                "Tijdens de instructie haakten steeds dezelfde leerlingen af, en dat zagen we pas bij het zelfstandig werken.",
                "Na elke stap van de instructie schrijven alle leerlingen hun antwoord op een wisbordje en houden het omhoog.",
                "Een controle van begrip bij alle leerlingen tegelijk (Rosenshine, principe 6) laat direct zien wie nog niet mee is.",
                "Wisbordjes per tafel; drie vragen per instructie; wie het nog niet heeft, blijft bij de verlengde instructie.",
                "Na zes weken minder leerlingen aan de instructietafel die de opdracht niet konden starten.", Bewijs.PRAKTIJKDATA, 4,
                vandaag.plusMonths(10)));
        goedgekeurd(gepubliceerd, kcTweede);
        UUID inReview = kaart(bestuurId, tweede.id(), kcTweede, new KaartInvoer("Een datamuur voor het trendgesprek", Domein.TRENDANALIST, List.of(trends),
                List.of(3, 4, 5, 6, 7, 8), Context.Schoolgrootte.KLEIN, Context.Populatie.HOOG,
                "De trendanalyse bleef een verhaal van de intern begeleider; het team zag de getallen niet.",
                "Na de M-toetsen hangen de groepsoverzichten op een muur in de teamkamer, met ruimte voor wat het team erbij ziet.",
                "Samen kijken maakt de analyse van het team, niet van één persoon.", "Een middag na de M-toetsen; post-its; de KC leidt.",
                null, Bewijs.ANEKDOTE, 3, vandaag.plusYears(1)));
        opslag.status(inReview, 1, KaartOpslag.Status.TER_REVIEW, null, null);
        opslag.stap(inReview, 1, "INGEDIEND", kcTweede, clock.instant(), null);
        UUID verouderd = kaart(bestuurId, tweede.id(), kcTweede, new KaartInvoer("Samen lezen in duo's", Domein.LEERCOORDINATOR,
                List.of(lezen), List.of(5, 6), Context.Schoolgrootte.KLEIN, Context.Populatie.HOOG,
                "Zwakke lezers lazen in de les bijna niet hardop.", "Twee keer per week een kwartier duolezen met een vaste leesmaatje.",
                "Meer leestijd en hardop lezen met feedback van een maatje.", "Duo's op niveau, een kaart met de rollen, de leerkracht loopt rond.",
                "Meer leesplezier volgens de leerlingen; de toetsresultaten zijn nog niet bekeken.", Bewijs.ANEKDOTE, 2,
                vandaag.plusDays(1)));
        goedgekeurd(verouderd, kcEerste);
        opslag.herzienVoor(verouderd, 1, vandaag.minusMonths(2));
        bibliotheek(bestuurId, eerste, tweede, kcEerste, kcTweede, gepubliceerd, instructie, lezen);
        vragen(bestuurId, kcEerste, kcTweede, trends, lezen);
    }

    /** Two questions to peers: one answered with the answer that helped marked, one still open. */
    private void vragen(UUID bestuurId, UUID kcEerste, UUID kcTweede, UUID trends, UUID lezen) {
        java.time.Instant toen = clock.instant().minus(java.time.Duration.ofDays(20));
        UUID vraag = vragen.stellen(bestuurId, kcTweede, "Hoe bereiden jullie het trendgesprek met het team voor?",
                "Bij ons wordt het snel een verhaal van de KC alleen. Wat geven jullie het team vooraf?", Domein.TRENDANALIST,
                List.of(trends), toen);
        vragen.volgen(kcTweede, "VRAAG", vraag.toString(), true, toen);
        UUID antwoord = vragen.beantwoorden(vraag, kcEerste, "Een week vooraf één grafiek per bouw en twee vragen erbij: wat valt op, "
                + "wat verklaart het? Het gesprek begint dan bij wat het team zag.", toen.plus(java.time.Duration.ofDays(1)));
        vragen.besteAntwoord(vraag, antwoord, 0);
        vragen.stellen(bestuurId, kcEerste, "Wie heeft ervaring met stillezen in groep 4?",
                "We willen meer leeskilometers maken, maar de zwakke lezers haken af. Hoe begeleiden jullie dat?", Domein.LEERCOORDINATOR,
                List.of(lezen), clock.instant().minus(java.time.Duration.ofDays(3)));
    }

    /** Some studiedag files: shared ones (one carried by the published card), one of a school only, one with a finding. */
    private void bibliotheek(UUID bestuurId, SchoolSamenvatting eerste, SchoolSamenvatting tweede, UUID kcEerste, UUID kcTweede,
                             UUID kaart, UUID instructie, UUID lezen) {
        LocalDate studiedag = LocalDate.now(clock).minusMonths(2);
        UUID wisbordjes = bibliotheek.demo(bestuurId, eerste.id(), kcEerste, new BestandInvoer("Wisbordjes: zo doe je het",
                "Het handje dat we op de studiedag uitdeelden: de drie stappen en de vragen die werken.", List.of(instructie),
                "Studiedag directe instructie", studiedag), Demobestanden.pdf("Wisbordjes: zo doe je het", List.of(
                "1. Stel na elke instructiestap een vraag aan de hele groep.", "2. Iedereen schrijft het antwoord op het wisbordje.",
                "3. Op jouw teken gaan alle bordjes tegelijk omhoog.", "Wie het nog niet heeft, blijft voor de verlengde instructie.")),
                "wisbordjes-handje.pdf", kcEerste);
        bijlagen.bijlagen(kaart, 1, List.of(new BibliotheekOpslag.Bijlage(wisbordjes, 1)));
        bibliotheek.demo(bestuurId, tweede.id(), kcTweede, new BestandInvoer("Dia's studiedag begrijpend lezen",
                "De presentatie van de ochtend: modelen hardop en de leesstrategieën.", List.of(lezen), "Studiedag begrijpend lezen",
                studiedag.minusWeeks(3)), Demobestanden.pptx(List.of("Begrijpend lezen: hardop denken", "Voorspellen, vragen stellen, "
                + "samenvatten", "Oefenen in duo's")), "begrijpend-lezen.pptx", kcTweede);
        bibliotheek.demo(bestuurId, eerste.id(), kcEerste, new BestandInvoer("Stoplicht zelfstandig werken",
                "Poster voor op de tafel: groen werken, oranje vraag, rood hulp.", List.of(instructie), null, null),
                Demobestanden.stoplicht(),
                "stoplicht.png", null);
        bibliotheek.demo(bestuurId, tweede.id(), kcTweede, new BestandInvoer("Verslag lesbezoeken rekenen",
                "Wat we zagen bij de lesbezoeken voor de studiedag rekenen.", List.of(instructie), "Studiedag rekenen", studiedag),
                Demobestanden.docx("In vijf van de zes groepen begon de les met een dagelijkse herhaling.",
                        "Daan Pietersen uit groep 5 deed niet mee met de herhaling."), "lesbezoeken-rekenen.docx", null);
    }

    private UUID kaart(UUID bestuurId, UUID schoolId, UUID eigenaar, KaartInvoer invoer) {
        UUID id = opslag.nieuw(bestuurId, schoolId, eigenaar, invoer, clock.instant());
        opslag.stap(id, 1, "AANGEMAAKT", eigenaar, clock.instant(), null);
        return id;
    }

    private void goedgekeurd(UUID id, UUID reviewer) {
        KaartOpslag.Kaart kaart = opslag.kaart(id).orElseThrow();
        opslag.stap(id, 1, "INGEDIEND", kaart.eigenaarId(), clock.instant(), null);
        opslag.status(id, 1, KaartOpslag.Status.GOEDGEKEURD, reviewer, null);
        opslag.publiceer(id, 1);
        opslag.stap(id, 1, "GOEDGEKEURD", reviewer, clock.instant(), null);
    }

    private UUID kc(UUID schoolId) {
        return organisatie.mensenVanSchool(schoolId).stream().filter(p -> p.rollen().contains(Rol.KC)).map(PersoonSamenvatting::id)
                .findFirst().orElse(null);
    }
}
