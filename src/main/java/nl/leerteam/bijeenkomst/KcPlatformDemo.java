package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.domain.Actiepunt;
import nl.leerteam.bijeenkomst.domain.ActiepuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Besluit;
import nl.leerteam.bijeenkomst.domain.BesluitRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.SchoolSamenvatting;
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
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demonstration board's KC-platform (development profile, on a first start): a meeting of its KCs two months
 * ago, chaired by board staff, with its minutes: what the schools found, a decision and an action item.
 */
@Component
@Profile("dev")
@Order(30)
class KcPlatformDemo implements ApplicationRunner {

    private final OrganisatieService organisatie;
    private final BijeenkomstRepository bijeenkomsten;
    private final AgendapuntRepository agendapunten;
    private final BesluitRepository besluiten;
    private final ActiepuntRepository actiepunten;
    private final org.springframework.context.ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    KcPlatformDemo(OrganisatieService organisatie, BijeenkomstRepository bijeenkomsten, AgendapuntRepository agendapunten,
                   BesluitRepository besluiten, ActiepuntRepository actiepunten,
                   org.springframework.context.ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.gebeurtenissen = gebeurtenissen;
        this.organisatie = organisatie;
        this.bijeenkomsten = bijeenkomsten;
        this.agendapunten = agendapunten;
        this.besluiten = besluiten;
        this.actiepunten = actiepunten;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        SysteemTaak.als(() -> {
            for (Map.Entry<UUID, List<SchoolSamenvatting>> bestuur : organisatie.scholenPerBestuur().entrySet()) {
                if (bestuur.getValue().size() >= 2) {
                    inrichten(bestuur.getKey());
                }
            }
            return null;
        });
    }

    private void inrichten(UUID bestuurId) {
        LeerteamSamenvatting kring = organisatie.kcPlatformVan(bestuurId);
        if (!bijeenkomsten.findByLeerteamIdOrderByDatumDescBegintijdDesc(kring.id()).isEmpty()) {
            return;
        }
        UUID voorzitter = kring.leden().stream().filter(p -> p.rollen().contains(Rol.BESTUURDER)).map(PersoonSamenvatting::id)
                .findFirst().orElse(null);
        List<UUID> kcs = kring.leden().stream().filter(p -> p.rollen().contains(Rol.KC)).map(PersoonSamenvatting::id).toList();
        if (voorzitter == null || kcs.isEmpty()) {
            return;
        }
        LocalDate datum = LocalDate.now(clock).minusMonths(2);
        Bijeenkomst b = new Bijeenkomst(bestuurId, null, kring.id(), clock.instant());
        b.plan(new Bijeenkomst.Plan("KC-platform najaar", datum, LocalTime.of(14, 0), LocalTime.of(16, 30), "Bestuursbureau", null,
                voorzitter, kcs.getFirst()));
        bijeenkomsten.saveAndFlush(b);
        Agendapunt instructie = agendapunten.saveAndFlush(new Agendapunt(b.getId(), 1, AgendapuntSoort.ONDERWERP, null,
                "Korte instructie: wat werkt op onze scholen"));
        instructie.schrijfNotities("Twee scholen controleren het begrip na elke instructiestap met wisbordjes; de derde is benieuwd.");
        Agendapunt trends = agendapunten.saveAndFlush(new Agendapunt(b.getId(), 2, AgendapuntSoort.TRENDVERGELIJKING, null,
                "Begrijpend lezen: de scholen naast elkaar"));
        trends.schrijfNotities("Bij alle scholen een dip in groep 6 bij de M-toets; de groepen zijn klein, dus voorzichtig met conclusies.");
        besluiten.save(new Besluit(instructie.getId(), "De wisbordjes komen als praktijkkaart op het platform.", clock.instant()));
        actiepunten.save(new Actiepunt(bestuurId, kring.id(), b.getId(), trends.getId(),
                "Trendgesprek begrijpend lezen groep 6 op elke school vóór de E-toets", kcs.getLast(), datum.plusMonths(4), clock.instant()));
        b.begin(instructie.getId());
        b.rondAf();
        bijeenkomsten.saveAndFlush(b);
        gebeurtenissen.publishEvent(new BijeenkomstGebeurtenis.BijeenkomstGepland(b.getId(), kring.id()));
        gebeurtenissen.publishEvent(new BijeenkomstGebeurtenis.BijeenkomstAfgerond(b.getId()));
    }
}
