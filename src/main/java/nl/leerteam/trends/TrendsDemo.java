package nl.leerteam.trends;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.security.SysteemTaak;
import nl.leerteam.trends.domain.AmbitieOpslag;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import nl.leerteam.trends.domain.TrendgesprekOpslag;
import nl.leerteam.shared.security.Rol;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demonstration board's results (development profile): three finished school years, M and E,
 * groep 3–8, four subjects, generated the same way on every start. Technisch lezen moved from Boom's
 * A–E to Cito's I–V after the first year (a break in its trend), and one groep 8 was small (4 pupils).
 * Each school has two ambitions (begrijpend lezen and rekenen-wiskunde) and one finished trend discussion
 * over last year's begrijpend lezen, led by its KC.
 */
@Component
@Profile("dev")
@Order(10)
class TrendsDemo implements ApplicationRunner {

    private final OrganisatieService organisatie;
    private final ToetsresultaatOpslag opslag;
    private final AmbitieOpslag ambities;
    private final TrendgesprekOpslag gesprekken;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    TrendsDemo(OrganisatieService organisatie, ToetsresultaatOpslag opslag, AmbitieOpslag ambities, TrendgesprekOpslag gesprekken,
               ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.gesprekken = gesprekken;
        this.organisatie = organisatie;
        this.opslag = opslag;
        this.ambities = ambities;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (opslag.ooitGeimporteerd()) {
            return;
        }
        // the first start: the demonstration board (DemoData, order 0) is the only board there is
        SysteemTaak.als(() -> {
            for (Map.Entry<UUID, List<SchoolSamenvatting>> bestuur : organisatie.scholenPerBestuur().entrySet()) {
                bestuur.getValue().forEach(school -> inrichten(bestuur.getKey(), school));
            }
            return null;
        });
    }

    private void inrichten(UUID bestuurId, SchoolSamenvatting school) {
        Random toeval = new Random(school.naam().hashCode());
        Schooljaar laatste = Schooljaar.van(LocalDate.now(clock)).vorige();
        List<Toetsresultaat> resultaten = new ArrayList<>();
        for (Schooljaar jaar = new Schooljaar(laatste.beginjaar() - 2); jaar.compareTo(laatste) <= 0; jaar = new Schooljaar(jaar.beginjaar() + 1)) {
            boolean eersteJaar = jaar.beginjaar() == laatste.beginjaar() - 2;
            for (Meetmoment moment : new Meetmoment[]{Meetmoment.M, Meetmoment.E}) {
                LocalDate datum = moment == Meetmoment.M ? LocalDate.of(jaar.beginjaar() + 1, 1, 27) : LocalDate.of(jaar.beginjaar() + 1, 6, 10);
                for (int groep = 3; groep <= 8; groep++) {
                    int aantal = groep == 8 && eersteJaar && school.naam().contains("Kompas") ? 4 : 18 + toeval.nextInt(12);
                    for (Vak vak : Vak.values()) {
                        boolean boom = vak == Vak.TECHNISCH_LEZEN && eersteJaar;
                        Schaal schaal = boom ? Schaal.AE : Schaal.IV;
                        String toets = boom ? "Boom Technisch Lezen" : "Cito " + vak.code() + " " + moment + groep;
                        BigDecimal gemiddelde = BigDecimal.valueOf(120 + groep * 12 + (moment == Meetmoment.E ? 6 : 0)
                                + toeval.nextGaussian() * 4).setScale(1, RoundingMode.HALF_UP).setScale(2, RoundingMode.HALF_UP);
                        resultaten.add(new Toetsresultaat(jaar, moment, datum, groep, String.valueOf(groep), vak,
                                boom ? Aanbieder.BOOM : Aanbieder.CITO, toets, schaal, aantal, gemiddelde, verdeling(aantal, toeval),
                                null));
                    }
                }
            }
        }
        UUID importId = UUID.randomUUID();
        opslag.importVastleggen(importId, bestuurId, school.id(), null, clock.instant(), "demo", "demo", resultaten.size(), 0, 0);
        opslag.nieuw(bestuurId, school.id(), importId, resultaten);
        ambities.nieuw(bestuurId, school.id(), new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.BEGRIJPEND_LEZEN, Maat.BOVEN_MIDDEN,
                75, 4, 8, null), clock.instant());
        ambities.nieuw(bestuurId, school.id(), new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.REKENEN_WISKUNDE, Maat.BOVEN_MIDDEN,
                65, 3, 8, null), clock.instant());
        organisatie.mensenVanSchool(school.id()).stream().filter(p -> p.rollen().contains(Rol.KC)).findFirst()
                .ifPresent(kc -> trendgesprek(bestuurId, school.id(), kc.id(), laatste));
        gebeurtenissen.publishEvent(new TrendsGebeurtenis.DemoresultatenIngericht(school.id(), importId));
    }

    /** A finished research cycle over last year's end results, led by the school's KC. */
    private void trendgesprek(UUID bestuurId, UUID schoolId, UUID kc, Schooljaar jaar) {
        Instant moment = LocalDate.of(jaar.beginjaar() + 1, 6, 24).atTime(15, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        UUID id = gesprekken.nieuw(bestuurId, schoolId, null, "Begrijpend lezen in de bovenbouw na de E-toetsen",
                "In groep 6 tot en met 8 ligt het aandeel op of boven niveau III onder onze ambitie van 75%.", kc, moment);
        gesprekken.bijdragen(id, "In groep 6 zakt het aandeel op of boven III van de M- naar de E-toets.",
                new TrendSelectie(Vak.BEGRIJPEND_LEZEN, jaar, Meetmoment.E, 6), null, kc, moment);
        gesprekken.bijdragen(id, "Groep 4 en 5 halen de ambitie wel, ook bij de E-toets.",
                new TrendSelectie(Vak.BEGRIJPEND_LEZEN, jaar, Meetmoment.E, null), null, kc, moment);
        UUID methode = gesprekken.bijdragen(id, "We doen leesstrategieën te weinig hardop voor met langere teksten.",
                new TrendSelectie(Vak.BEGRIJPEND_LEZEN, jaar, Meetmoment.E, null), HypotheseStatus.OPEN, kc, moment);
        gesprekken.beoordelen(methode, HypotheseStatus.BEVESTIGD,
                "Bij de klassenbezoeken van februari tot en met juli werd voorspellen en samenvatten zelden hardop voorgedaan.", 0);
        UUID toets = gesprekken.bijdragen(id, "Het ligt aan een andere toetsversie.",
                new TrendSelectie(Vak.BEGRIJPEND_LEZEN, jaar, Meetmoment.E, null), HypotheseStatus.OPEN, kc, moment);
        gesprekken.beoordelen(toets, HypotheseStatus.VERWORPEN, "Dezelfde toets als het jaar ervoor: de trendlijn breekt niet.", 0);
        gesprekken.conclusie(id, "We modelen leesstrategieën te weinig met langere teksten. Dat pakken we in groep 5 tot en met 8 "
                + "schoolbreed aan, en we kijken bij klassenbezoeken of het in de les terugkomt.", 0);
        LocalDate vanaf = LocalDate.of(jaar.beginjaar() + 1, 9, 1);
        gesprekken.interventieToevoegen(id, "Twee keer per week interactief voorlezen met een lange tekst, waarbij de leerkracht "
                        + "één leesstrategie hardop voordoet.", "Leerkrachten groep 5 tot en met 8", vanaf, Toetsvenster.evaluatieNa(vanaf),
                List.of(), kc, moment);
        gesprekken.afronden(id, moment, 1);
    }

    /** Five levels around a fifth each, adding up to the group. */
    private static List<Integer> verdeling(int aantal, Random toeval) {
        int[] niveaus = new int[5];
        for (int i = 0; i < aantal; i++) {
            double r = Math.min(0.999, Math.max(0, 0.5 + toeval.nextGaussian() * 0.28));
            niveaus[(int) (r * 5)]++;
        }
        return List.of(niveaus[0], niveaus[1], niveaus[2], niveaus[3], niveaus[4]);
    }
}
