package nl.leerteam.trends;

import nl.leerteam.klassenbezoek.KijkwijzerCriterium;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.trends.TrendgesprekPagina.Kijkpunt;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekAfgerond;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekGestart;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekGewijzigd;
import nl.leerteam.trends.TrendsGebeurtenis.TrendgesprekGewijzigd.Onderdeel;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import nl.leerteam.trends.domain.TrendgesprekOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The team's research cycle over the school's results: observations tied to a selection of the results,
 * hypotheses decided by their evidence, a conclusion, and interventions evaluated after the next test
 * window. Everybody of the school reads it and adds observations and hypotheses while it runs; the
 * school's KCs and director lead it: they start it, mark hypotheses, conclude, decide interventions,
 * evaluate them and close it.
 */
@Service
@Transactional
public class TrendgesprekService {

    public static final String ONDERWERP = "TRENDGESPREK";
    public static final String LIVE_TOPIC = "trendgesprek";
    public static final int MAX_TITEL = 200;
    public static final int MAX_AANLEIDING = 2000;
    public static final int MAX_BIJDRAGE = 1000;
    public static final int MAX_BEWIJS = 2000;
    public static final int MAX_CONCLUSIE = 5000;
    public static final int MAX_WAT = 1000;
    public static final int MAX_WIE = 200;
    public static final int MAX_EVALUATIE = 2000;
    /** Observations and hypotheses together, per discussion. */
    public static final int MAX_BIJDRAGEN = 200;
    public static final int MAX_INTERVENTIES = 30;
    public static final int MAX_CRITERIA = 5;

    private final TrendToegang toegang;
    private final TrendgesprekOpslag opslag;
    private final ToetsresultaatOpslag resultaten;
    private final OrganisatieService organisatie;
    private final KijkwijzerService kijkwijzers;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    TrendgesprekService(TrendToegang toegang, TrendgesprekOpslag opslag, ToetsresultaatOpslag resultaten, OrganisatieService organisatie, KijkwijzerService kijkwijzers,
                        PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.resultaten = resultaten;
        this.organisatie = organisatie;
        this.kijkwijzers = kijkwijzers;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** A school's discussions, running ones first, then by start, newest first. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public List<TrendgesprekSamenvatting> gesprekken(UUID schoolId) {
        toegang.leesbaar(schoolId);
        Map<UUID, String> teams = toegang.leerteams(schoolId);
        return opslag.vanSchool(schoolId, vandaag()).stream()
                .map(g -> new TrendgesprekSamenvatting(g.id(), g.titel(), g.leerteamId() == null ? null : teams.get(g.leerteamId()),
                        g.gestart(), g.afgerond(), g.interventies(), g.teEvalueren())).toList();
    }

    /** The leerteams of the school a discussion can belong to, id to name. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public Map<UUID, String> leerteams(UUID schoolId) {
        toegang.beheerbaar(schoolId);
        return toegang.leerteams(schoolId);
    }

    /**
     * A KC or the director starts a discussion for the school, or for one of its leerteams.
     *
     * @param leerteamId {@code null} for the whole school
     */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public UUID starten(UUID schoolId, UUID leerteamId, String titel, String aanleiding, boolean privacyBevestigd) {
        toegang.beheerbaar(schoolId);
        if (leerteamId != null && !toegang.leerteams(schoolId).containsKey(leerteamId)) {
            throw new InvoerFout("leerteam", "trends.gesprek.leerteam-niet-van-school");
        }
        String kop = Tekst.verplicht("titel", titel, MAX_TITEL);
        String waarom = Tekst.optioneel("aanleiding", aanleiding, MAX_AANLEIDING);
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", kop);
        if (waarom != null) {
            teksten.put("aanleiding", waarom);
        }
        privacy.controleer(ONDERWERP, schoolId, teksten, privacyBevestigd);
        UUID id = opslag.nieuw(CurrentUser.require().bestuurId(), schoolId, leerteamId, kop, waarom,
                CurrentUser.require().gebruikerId(), clock.instant());
        gebeurtenissen.publishEvent(new TrendgesprekGestart(schoolId, id));
        return id;
    }

    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public TrendgesprekPagina pagina(UUID gesprekId) {
        TrendgesprekOpslag.Gesprek g = opgezocht(gesprekId);
        // one read of the person's schools: the page is read again for every viewer on every change
        TrendSchool school = toegang.leesbaar(g.schoolId());
        boolean leiden = school.importeren();
        boolean loopt = g.afgerond() == null;
        List<TrendgesprekOpslag.Bijdrage> bijdragen = opslag.bijdragen(gesprekId);
        List<TrendgesprekOpslag.Interventie> interventies = opslag.interventies(gesprekId);
        Set<UUID> mensen = new HashSet<>();
        mensen.add(g.gestartDoor());
        bijdragen.forEach(b -> mensen.add(b.auteurId()));
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<UUID, Kijkpunt> kijkpunten = kijkpunten(g.schoolId());
        LocalDate vandaag = vandaag();

        List<TrendgesprekPagina.Waarneming> waarnemingen = bijdragen.stream().filter(b -> b.status() == null)
                .map(b -> new TrendgesprekPagina.Waarneming(b.id(), b.tekst(), b.selectie(), namen.getOrDefault(b.auteurId(), "")))
                .toList();
        List<TrendgesprekPagina.Hypothese> hypothesen = bijdragen.stream().filter(b -> b.status() != null)
                .map(b -> new TrendgesprekPagina.Hypothese(b.id(), b.tekst(), b.selectie(), namen.getOrDefault(b.auteurId(), ""),
                        b.status(), b.bewijs(), b.version())).toList();
        List<TrendgesprekPagina.Interventie> gekozen = interventies.stream()
                .map(i -> new TrendgesprekPagina.Interventie(i.id(), i.wat(), i.wie(), i.vanaf(), i.evaluatieOp(),
                        i.criteria().stream().map(kijkpunten::get).filter(java.util.Objects::nonNull).toList(), i.resultaat(),
                        i.evaluatie(), i.resultaat() == null && !i.evaluatieOp().isAfter(vandaag), i.version())).toList();
        boolean ruimte = bijdragen.size() < MAX_BIJDRAGEN;
        String leerteam = g.leerteamId() == null ? null : toegang.leerteams(g.schoolId()).get(g.leerteamId());
        return new TrendgesprekPagina(g.id(), g.schoolId(), school.naam(), leerteam,
                new TrendgesprekPagina.Kop(g.titel(), g.aanleiding(), namen.getOrDefault(g.gestartDoor(), ""), g.gestart(), g.afgerond(),
                        leiden && loopt && g.conclusie() != null && !interventies.isEmpty(), g.version()),
                new TrendgesprekPagina.Waarnemingen(waarnemingen, loopt && ruimte),
                new TrendgesprekPagina.Hypothesen(hypothesen, loopt && ruimte, leiden && loopt),
                new TrendgesprekPagina.Conclusie(g.conclusie(), leiden && loopt, g.version()),
                new TrendgesprekPagina.Interventies(gekozen, leiden && loopt && interventies.size() < MAX_INTERVENTIES, leiden, vandaag,
                        Toetsvenster.evaluatieNa(vandaag), List.copyOf(kijkpunten.values())),
                leiden);
    }

    /** Anybody of the school adds what they see in the chosen selection of the results. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public void waarnemingToevoegen(UUID gesprekId, TrendSelectie selectie, String tekst, boolean privacyBevestigd) {
        bijdragen(gesprekId, selectie, tekst, null, privacyBevestigd, Onderdeel.WAARNEMING);
    }

    /** Anybody of the school adds a possible explanation, tied to the selection of the results it is about; it starts open. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public void hypotheseToevoegen(UUID gesprekId, TrendSelectie selectie, String tekst, boolean privacyBevestigd) {
        bijdragen(gesprekId, selectie, tekst, HypotheseStatus.OPEN, privacyBevestigd, Onderdeel.HYPOTHESE);
    }

    /** A leader marks a hypothesis confirmed or rejected (or open again), with the evidence that decided it. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void hypotheseBeoordelen(UUID hypotheseId, HypotheseStatus status, String bewijs, long version, boolean privacyBevestigd) {
        TrendgesprekOpslag.Bijdrage h = opslag.bijdrage(hypotheseId).filter(b -> b.status() != null)
                .orElseThrow(TrendgesprekService::geweigerd);
        TrendgesprekOpslag.Gesprek g = lopendAlsLeider(h.gesprekId());
        if (status == null) {
            throw new InvoerFout("status", "fout.verplicht");
        }
        String tekst = status == HypotheseStatus.OPEN ? Tekst.optioneel("bewijs", bewijs, MAX_BEWIJS)
                : Tekst.verplicht("bewijs", bewijs, MAX_BEWIJS);
        if (tekst != null) {
            privacy.controleer(ONDERWERP, g.id(), Map.of("bewijs", tekst), privacyBevestigd);
        }
        opslag.beoordelen(hypotheseId, status, tekst, version);
        gebeurtenissen.publishEvent(new TrendgesprekGewijzigd(g.schoolId(), g.id(), Onderdeel.BEOORDELING));
    }

    /** A leader writes down what the team concludes, based on the version they read. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void conclusieOpslaan(UUID gesprekId, String conclusie, long version, boolean privacyBevestigd) {
        TrendgesprekOpslag.Gesprek g = lopendAlsLeider(gesprekId);
        String tekst = Tekst.optioneel("conclusie", conclusie, MAX_CONCLUSIE);
        if (tekst != null) {
            privacy.controleer(ONDERWERP, g.id(), Map.of("conclusie", tekst), privacyBevestigd);
        }
        opslag.conclusie(gesprekId, tekst, version);
        gebeurtenissen.publishEvent(new TrendgesprekGewijzigd(g.schoolId(), g.id(), Onderdeel.CONCLUSIE));
    }

    /**
     * A leader decides an intervention: what, who, from when, and when it is evaluated (after the next
     * test window unless chosen otherwise); it may name kijkwijzer criteria the classroom visits look at.
     */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public UUID interventieToevoegen(UUID gesprekId, InterventieInvoer invoer, boolean privacyBevestigd) {
        TrendgesprekOpslag.Gesprek g = lopendAlsLeider(gesprekId);
        if (opslag.interventies(gesprekId).size() >= MAX_INTERVENTIES) {
            throw new InvoerFout("wat", "fout.te-veel", MAX_INTERVENTIES);
        }
        String wat = Tekst.verplicht("wat", invoer.wat(), MAX_WAT);
        String wie = Tekst.verplicht("wie", invoer.wie(), MAX_WIE);
        if (invoer.vanaf() == null) {
            throw new InvoerFout("vanaf", "fout.verplicht");
        }
        LocalDate evaluatie = invoer.evaluatieOp() == null ? Toetsvenster.evaluatieNa(invoer.vanaf()) : invoer.evaluatieOp();
        if (evaluatie.isBefore(invoer.vanaf())) {
            throw new InvoerFout("evaluatieOp", "trends.gesprek.evaluatie-voor-start");
        }
        if (invoer.vanaf().isAfter(vandaag().plusYears(2)) || invoer.vanaf().isBefore(vandaag().minusYears(1))) {
            throw new InvoerFout("vanaf", "trends.gesprek.datum-ver");
        }
        Set<UUID> criteria = new LinkedHashSet<>(invoer.criteria() == null ? List.of() : invoer.criteria());
        if (criteria.size() > MAX_CRITERIA) {
            throw new InvoerFout("criteria", "fout.te-veel", MAX_CRITERIA);
        }
        if (!kijkpunten(g.schoolId()).keySet().containsAll(criteria)) {
            throw new InvoerFout("criteria", "trends.gesprek.criterium-onbekend");
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("wat", wat);
        teksten.put("wie", wie);
        privacy.controleer(ONDERWERP, g.id(), teksten, privacyBevestigd);
        UUID id = opslag.interventieToevoegen(gesprekId, wat, wie, invoer.vanaf(), evaluatie, criteria,
                CurrentUser.require().gebruikerId(), clock.instant());
        gebeurtenissen.publishEvent(new TrendgesprekGewijzigd(g.schoolId(), g.id(), Onderdeel.INTERVENTIE));
        return id;
    }

    /** A leader records how an intervention went; also after the discussion was closed, as that is when it is due. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void interventieEvalueren(UUID interventieId, InterventieResultaat resultaat, String evaluatie, long version,
                                     boolean privacyBevestigd) {
        TrendgesprekOpslag.Interventie i = opslag.interventie(interventieId).orElseThrow(TrendgesprekService::geweigerd);
        TrendgesprekOpslag.Gesprek g = alsLeider(i.gesprekId());
        if (resultaat == null) {
            throw new InvoerFout("resultaat", "fout.verplicht");
        }
        String tekst = Tekst.verplicht("evaluatie", evaluatie, MAX_EVALUATIE);
        privacy.controleer(ONDERWERP, g.id(), Map.of("evaluatie", tekst), privacyBevestigd);
        opslag.evalueren(interventieId, resultaat, tekst, clock.instant(), version);
        gebeurtenissen.publishEvent(new TrendgesprekGewijzigd(g.schoolId(), g.id(), Onderdeel.EVALUATIE));
    }

    /** A leader closes the discussion once it has a conclusion and at least one intervention. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void afronden(UUID gesprekId, long version) {
        TrendgesprekOpslag.Gesprek g = lopendAlsLeider(gesprekId);
        if (g.conclusie() == null) {
            throw new InvoerFout("conclusie", "trends.gesprek.eerst-conclusie");
        }
        if (opslag.interventies(gesprekId).isEmpty()) {
            throw new InvoerFout("interventie", "trends.gesprek.eerst-interventie");
        }
        opslag.afronden(gesprekId, clock.instant(), version);
        gebeurtenissen.publishEvent(new TrendgesprekAfgerond(g.schoolId(), g.id(), true));
    }

    /** A leader opens a closed discussion again, for instance when an evaluation raises new questions. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public void heropenen(UUID gesprekId, long version) {
        TrendgesprekOpslag.Gesprek g = alsLeider(gesprekId);
        opslag.heropenen(gesprekId, version);
        gebeurtenissen.publishEvent(new TrendgesprekAfgerond(g.schoolId(), g.id(), false));
    }

    /** An intervention's text and its discussion's title, for a KC who shares it as a practice card; nothing else travels. */
    public record Interventietekst(String gesprek, String wat, UUID schoolId) {
    }

    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public Interventietekst interventie(UUID interventieId) {
        TrendgesprekOpslag.Interventie i = opslag.interventie(interventieId).orElseThrow(TrendgesprekService::geweigerd);
        TrendgesprekOpslag.Gesprek g = gesprek(i.gesprekId());
        return new Interventietekst(g.titel(), i.wat(), g.schoolId());
    }

    /** The running discussions of a school, for a leerteam meeting's agenda: id to title. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public Map<UUID, String> lopend(UUID schoolId) {
        toegang.leesbaar(schoolId);
        return opslag.lopend(schoolId).stream().collect(Collectors.toMap(TrendgesprekOpslag.Gesprek::id,
                TrendgesprekOpslag.Gesprek::titel, (a, b) -> a, LinkedHashMap::new));
    }

    private void bijdragen(UUID gesprekId, TrendSelectie selectie, String tekst, HypotheseStatus status, boolean privacyBevestigd,
                           Onderdeel onderdeel) {
        TrendgesprekOpslag.Gesprek g = gesprek(gesprekId);
        loopt(g);
        controleer(g.schoolId(), selectie);
        String schoon = Tekst.verplicht("tekst", tekst, MAX_BIJDRAGE);
        if (opslag.bijdragen(gesprekId).size() >= MAX_BIJDRAGEN) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_BIJDRAGEN);
        }
        privacy.controleer(ONDERWERP, g.id(), Map.of("tekst", schoon), privacyBevestigd);
        opslag.bijdragen(gesprekId, schoon, selectie, status, CurrentUser.require().gebruikerId(), clock.instant());
        gebeurtenissen.publishEvent(new TrendgesprekGewijzigd(g.schoolId(), g.id(), onderdeel));
    }

    /** A selection is of the school's own results: a school year it has results of, or the current one. */
    private void controleer(UUID schoolId, TrendSelectie selectie) {
        if (selectie == null || selectie.vak() == null) {
            throw new InvoerFout("vak", "fout.verplicht");
        }
        if (selectie.schooljaar() == null || !selectie.schooljaar().equals(Schooljaar.van(vandaag()))
                && !resultaten.schooljaren(schoolId).contains(selectie.schooljaar().beginjaar())) {
            throw new InvoerFout("schooljaar", "trends.gesprek.schooljaar-zonder-resultaten");
        }
        if (selectie.jaargroep() != null && (selectie.jaargroep() < 1 || selectie.jaargroep() > 8)) {
            throw new InvoerFout("jaargroep", "trends.ambitie.groepen");
        }
    }

    private TrendgesprekOpslag.Gesprek lopendAlsLeider(UUID gesprekId) {
        return loopt(alsLeider(gesprekId));
    }

    private static TrendgesprekOpslag.Gesprek loopt(TrendgesprekOpslag.Gesprek g) {
        if (g.afgerond() != null) {
            throw new InvoerFout("tekst", "trends.gesprek.afgerond");
        }
        return g;
    }

    /** A discussion of a school of this person; any other is refused the same way as one that does not exist. */
    private TrendgesprekOpslag.Gesprek gesprek(UUID gesprekId) {
        TrendgesprekOpslag.Gesprek g = opgezocht(gesprekId);
        toegang.leesbaar(g.schoolId());
        return g;
    }

    /** A discussion of a school the person leads (KC or director); any other is refused alike. */
    private TrendgesprekOpslag.Gesprek alsLeider(UUID gesprekId) {
        TrendgesprekOpslag.Gesprek g = opgezocht(gesprekId);
        toegang.beheerbaar(g.schoolId());
        return g;
    }

    /** The discussion by its id, before any access check; the caller checks. */
    private TrendgesprekOpslag.Gesprek opgezocht(UUID gesprekId) {
        return opslag.gesprek(gesprekId).orElseThrow(TrendgesprekService::geweigerd);
    }

    private Map<UUID, Kijkpunt> kijkpunten(UUID schoolId) {
        return kijkwijzers.criteria(schoolId).stream().collect(Collectors.toMap(KijkwijzerCriterium::id,
                c -> new Kijkpunt(c.id(), c.kijkwijzer(), c.tekst()), (a, b) -> a, LinkedHashMap::new));
    }

    private LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    private static AccessDeniedException geweigerd() {
        return new AccessDeniedException("No such trend discussion for this person");
    }
}
