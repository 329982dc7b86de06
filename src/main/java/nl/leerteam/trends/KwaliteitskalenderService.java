package nl.leerteam.trends;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.GeheimeCodes;
import nl.leerteam.shared.security.SysteemTaak;
import nl.leerteam.trends.TrendsGebeurtenis.KalenderFeedGewijzigd;
import nl.leerteam.trends.domain.KalenderFeedOpslag;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import nl.leerteam.trends.domain.TrendgesprekOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The school year's rhythm as Leerteam knows it: the M window (January–February) and the E window
 * (May–June) with whether their results came in, the trend discussions, and the interventions due for
 * evaluation. A page per school, and for each person a secret calendar feed (iCalendar) of every school
 * they work at, which a calendar program fetches without a login; a new link or a revocation ends the
 * old one. The feed carries dates and titles only.
 */
@Service
@Transactional
public class KwaliteitskalenderService {

    public static final String ONDERWERP = "KALENDERFEED";

    private final TrendToegang toegang;
    private final ToetsresultaatOpslag resultaten;
    private final TrendgesprekOpslag gesprekken;
    private final KalenderFeedOpslag feeds;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    KwaliteitskalenderService(TrendToegang toegang, ToetsresultaatOpslag resultaten, TrendgesprekOpslag gesprekken, KalenderFeedOpslag feeds,
                              OrganisatieService organisatie, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.toegang = toegang;
        this.resultaten = resultaten;
        this.gesprekken = gesprekken;
        this.feeds = feeds;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** One school year of a school, in date order. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public List<Kalendermoment> kalender(UUID schoolId, Schooljaar jaar) {
        toegang.leesbaar(schoolId);
        return momenten(schoolId, jaar);
    }

    /** How far ahead the start page looks in the quality calendar, in days. */
    static final int VOORUIT_DAGEN = 21;
    static final int OP_STARTPAGINA = 5;

    /** A moment of one of the person's schools, for the start page. */
    public record Binnenkort(UUID schoolId, String schoolNaam, Kalendermoment moment) {
    }

    /**
     * For the start page: of each school where the person teaches, coordinates or directs, what is due (a trend
     * discussion or an evaluation still to do) and the test windows and evaluations of the next three weeks that
     * are not done yet, soonest first.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Binnenkort> binnenkort() {
        Set<UUID> scholen = new java.util.HashSet<>();
        for (Rol rol : List.of(Rol.LEERKRACHT, Rol.KC, Rol.DIRECTEUR)) {
            scholen.addAll(organisatie.mijnScholenMetRol(rol));
        }
        if (scholen.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> namen = organisatie.schoolNamenVanBestuur();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate grens = vandaag.plusDays(VOORUIT_DAGEN);
        List<Binnenkort> uit = new ArrayList<>();
        for (UUID school : scholen) {
            for (Kalendermoment m : momenten(school, Schooljaar.van(vandaag))) {
                boolean teDoen = m.stand() == Kalendermoment.Stand.TE_DOEN;
                boolean komt = m.stand() == Kalendermoment.Stand.GEPLAND && !m.van().isAfter(grens) && !m.tot().isBefore(vandaag);
                if (teDoen || komt) {
                    uit.add(new Binnenkort(school, namen.getOrDefault(school, ""), m));
                }
            }
        }
        return uit.stream().sorted(Comparator.comparing((Binnenkort b) -> b.moment().van()).thenComparing(Binnenkort::schoolNaam))
                .limit(OP_STARTPAGINA).toList();
    }

    /** Since when the person has a feed link, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Instant> feedSinds() {
        return feeds.sinds(CurrentUser.require().gebruikerId());
    }

    /** A new secret feed link for the person (shown once); an earlier link stops working. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public String nieuweFeed() {
        String code = GeheimeCodes.nieuweCode();
        UUID id = feeds.vervang(CurrentUser.require().bestuurId(), CurrentUser.require().gebruikerId(), GeheimeCodes.hash(code),
                clock.instant());
        gebeurtenissen.publishEvent(new KalenderFeedGewijzigd(id, false));
        return code;
    }

    @PreAuthorize("isAuthenticated()")
    public void feedIntrekken() {
        feeds.verwijder(CurrentUser.require().gebruikerId())
                .ifPresent(id -> gebeurtenissen.publishEvent(new KalenderFeedGewijzigd(id, true)));
    }

    /**
     * The feed behind a secret code, for a calendar program without a login: this school year and the
     * next of every school the code's owner works at now. Empty for an unknown or revoked code.
     *
     * @param vertaal the words of the titles, in Dutch
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> feed(String code, BiFunction<String, Object[], String> vertaal) {
        if (!GeheimeCodes.isWelgevormd(code)) {
            return Optional.empty();
        }
        return feeds.eigenaar(GeheimeCodes.hash(code)).map(gebruikerId -> SysteemTaak.als(() -> {
            Map<UUID, String> scholen = organisatie.scholenMetRolVan(gebruikerId);
            Schooljaar nu = Schooljaar.van(LocalDate.now(clock));
            Calendar calendar = new Calendar();
            calendar.add(new ProdId("-//Leerteam//Kwaliteitskalender//NL"));
            calendar.add(ImmutableVersion.VERSION_2_0);
            calendar.add(ImmutableCalScale.GREGORIAN);
            calendar.add(new XProperty("X-WR-CALNAME", vertaal.apply("kalender.feed.naam", new Object[0])));
            scholen.forEach((schoolId, naam) -> {
                for (Schooljaar jaar : List.of(nu, new Schooljaar(nu.beginjaar() + 1))) {
                    for (Kalendermoment m : momenten(schoolId, jaar)) {
                        VEvent event = new VEvent(m.van(), m.tot().plusDays(1), naam + ": " + m.omschrijving(vertaal));
                        event.add(new Uid(UUID.nameUUIDFromBytes((schoolId + "/" + m.soort() + "/" + m.van() + "/" + m.titel())
                                .getBytes(StandardCharsets.UTF_8)) + "@leerteam"));
                        calendar.add(event);
                    }
                }
            });
            StringWriter uit = new StringWriter();
            try {
                new CalendarOutputter().output(calendar, uit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return uit.toString();
        }));
    }

    private List<Kalendermoment> momenten(UUID schoolId, Schooljaar jaar) {
        LocalDate vandaag = LocalDate.now(clock);
        List<Kalendermoment> momenten = new ArrayList<>();
        Set<Meetmoment> binnen = resultaten.meetmomenten(schoolId, jaar.beginjaar());
        for (Toetsvenster venster : Toetsvenster.values()) {
            LocalDate van = venster.begin(jaar.beginjaar() + 1);
            LocalDate tot = venster.einde(jaar.beginjaar() + 1);
            Meetmoment moment = Meetmoment.valueOf(venster.name());
            Kalendermoment.Stand stand = binnen.contains(moment) ? Kalendermoment.Stand.GEDAAN
                    : tot.isBefore(vandaag) ? Kalendermoment.Stand.ONTBREEKT : Kalendermoment.Stand.GEPLAND;
            momenten.add(new Kalendermoment(van, tot, Kalendermoment.Soort.TOETSVENSTER, stand, venster.name(), null));
        }
        LocalDate eerste = jaar.eersteDag();
        LocalDate laatste = jaar.laatsteDag();
        for (TrendgesprekOpslag.Samenvatting g : gesprekken.vanSchool(schoolId, vandaag)) {
            LocalDate gestart = g.gestart().atZone(nl.leerteam.shared.domain.Tijdzone.SCHOOL).toLocalDate();
            LocalDate afgerond = g.afgerond() == null ? null : g.afgerond().atZone(nl.leerteam.shared.domain.Tijdzone.SCHOOL).toLocalDate();
            if (!gestart.isAfter(laatste) && (afgerond == null || !afgerond.isBefore(eerste))) {
                momenten.add(new Kalendermoment(gestart, afgerond == null ? gestart : afgerond, Kalendermoment.Soort.TRENDGESPREK,
                        afgerond == null ? Kalendermoment.Stand.TE_DOEN : Kalendermoment.Stand.GEDAAN, g.titel(), g.id()));
            }
        }
        for (TrendgesprekOpslag.Evaluatie e : gesprekken.evaluaties(schoolId, eerste, laatste)) {
            Kalendermoment.Stand stand = e.gedaan() ? Kalendermoment.Stand.GEDAAN
                    : e.op().isAfter(vandaag) ? Kalendermoment.Stand.GEPLAND : Kalendermoment.Stand.TE_DOEN;
            momenten.add(new Kalendermoment(e.op(), e.op(), Kalendermoment.Soort.EVALUATIE, stand, e.wat(), e.gesprekId()));
        }
        momenten.sort(Comparator.comparing(Kalendermoment::van).thenComparing(Kalendermoment::soort));
        return momenten;
    }
}
