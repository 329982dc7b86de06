package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.CasusRepository;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGelezen;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGesloten;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGewijzigd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusIngebracht;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusVerlopen;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.EenNodeTegelijk;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Cases of a leerteam. Its members and the KCs of its school read them; a member brings one in and
 * stays its owner, the only one who changes it. Directors and board staff never see case content.
 * Every read and change is in the audit log; every text goes through the privacy check.
 */
@Service
@Transactional
public class CasusService {

    static final String ONDERWERP = "CASUS";
    /** Live-update topic of everything about one case (its id): content, discussion, escalation. */
    public static final String LIVE_TOPIC = "casus";
    static final String PSEUDONIEM_VOORVOEGSEL = "Leerling ";
    static final int MAX_HULPVRAAG = 1000;
    static final int MAX_TEKST = 4000;
    static final int MAX_OUDERS = 2000;
    static final int MAX_PSEUDONIEM = 40;
    static final int MAX_TAGS = 10;
    static final int MAX_TAG = 40;

    private final CasusRepository casussen;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    private final CasusLezer lezer;
    private final BesprekingService besprekingen;
    private final EscalatieService escalaties;

    private final EenNodeTegelijk eenNode;
    private final nl.leerteam.leerlingbespreking.domain.Casuswerk werk;

    /** How far ahead an agreement's evaluation shows on the start page, and how long a KC's answer stays there. */
    static final int EVALUATIE_VOORUIT_DAGEN = 7;
    static final int KC_REACTIE_DAGEN = 30;
    static final int OP_STARTPAGINA = 5;

    CasusService(CasusRepository casussen, OrganisatieService organisatie, PrivacyControle privacy,
                 ApplicationEventPublisher gebeurtenissen, Clock clock, CasusLezer lezer, BesprekingService besprekingen,
                 EscalatieService escalaties, EenNodeTegelijk eenNode, nl.leerteam.leerlingbespreking.domain.Casuswerk werk) {
        this.eenNode = eenNode;
        this.werk = werk;
        this.lezer = lezer;
        this.besprekingen = besprekingen;
        this.escalaties = escalaties;
        this.casussen = casussen;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /**
     * For the start page: the person's own open cases in the leerteams they are still in, with agreements to
     * evaluate within a week (or overdue) and the KC's newest word since they last answered.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MijnCasuswerk mijnCasuswerk() {
        UUID ik = nl.leerteam.shared.security.CurrentUser.require().gebruikerId();
        LocalDate vandaag = LocalDate.now(clock.withZone(nl.leerteam.shared.domain.Tijdzone.SCHOOL));
        java.util.Set<UUID> leerteams = organisatie.mijnKringen().keySet();
        if (leerteams.isEmpty()) {
            return new MijnCasuswerk(List.of(), List.of(), vandaag);
        }
        return new MijnCasuswerk(werk.teEvalueren(ik, leerteams, vandaag.plusDays(EVALUATIE_VOORUIT_DAGEN), OP_STARTPAGINA),
                werk.kcReacties(ik, leerteams, clock.instant().minus(java.time.Duration.ofDays(KC_REACTIE_DAGEN)), OP_STARTPAGINA),
                vandaag);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CasussenVanLeerteam casussenVan(UUID leerteamId) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        List<Casus> lijst = casussen.findByLeerteamIdOrderByAangemaaktDesc(leerteamId);
        Map<UUID, String> namen = organisatie.namen(lijst.stream().map(Casus::getEigenaarId).distinct().toList());
        return new CasussenVanLeerteam(relatie.leerteamId(), relatie.leerteamNaam(), relatie.schoolNaam(), relatie.startNieuw(),
                lijst.stream().map(c -> new CasusSamenvatting(c.getId(), c.getPseudoniem(), c.getGroep(), c.getHulpvraag(),
                        namen.getOrDefault(c.getEigenaarId(), ""), c.getStatus(), c.getGewijzigd())).toList(),
                volgendPseudoniem(leerteamId), relatie.gearchiveerd());
    }

    /** The cases of a leerteam that are not closed, newest first, for a member or KC to put on an agenda. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenCasus> openCasussen(UUID leerteamId) {
        organisatie.relatieTot(leerteamId);
        return casussen.openVan(leerteamId);
    }

    /**
     * The case's page: the case, its agreements and its way to the KC, read at once; the read is
     * recorded in the audit log.
     */
    @PreAuthorize("isAuthenticated()")
    public CasusPagina pagina(UUID casusId) {
        return pagina(gelezen(casusId));
    }

    /** The page again after a live update; that person's read is already in the audit log. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CasusPagina paginaHerlezen(UUID casusId) {
        return pagina(lezer.lees(casusId));
    }

    private CasusPagina pagina(CasusLezer.Gelezen gelezen) {
        return new CasusPagina(details(gelezen.casus(), gelezen.relatie()), besprekingen.afspraakRegels(gelezen.casus().getId()),
                escalaties.stand(gelezen));
    }

    /** The whole case; the read is recorded in the audit log. */
    @PreAuthorize("isAuthenticated()")
    public CasusDetails casus(UUID casusId) {
        CasusLezer.Gelezen gelezen = gelezen(casusId);
        return details(gelezen.casus(), gelezen.relatie());
    }

    /** A case read by someone who may; the read goes into the audit log. */
    private CasusLezer.Gelezen gelezen(UUID casusId) {
        CasusLezer.Gelezen gelezen = lezer.lees(casusId);
        gebeurtenissen.publishEvent(new CasusGelezen(casusId, null));
        return gelezen;
    }

    /** A member brings a case to their leerteam and becomes its owner. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public CasusDetails inbrengen(UUID leerteamId, CasusFormulier formulier, boolean privacyBevestigd) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        if (!relatie.lid()) {
            throw new AccessDeniedException("Only a member brings a case to a leerteam");
        }
        if (!relatie.startNieuw()) {
            throw new InvoerFout("leerteam", "fout.leerteam-gearchiveerd");
        }
        Casus casus = new Casus(relatie.bestuurId(), relatie.schoolId(), leerteamId, CurrentUser.require().gebruikerId());
        Casus.Inhoud inhoud = inhoud(formulier, leerteamId, null);
        privacy.controleer(ONDERWERP, casus.getId(), teksten(inhoud), privacyBevestigd);
        casus.schrijf(inhoud, clock.instant());
        casussen.saveAndFlush(casus);
        gebeurtenissen.publishEvent(new CasusIngebracht(casus.getId()));
        return details(casus, relatie);
    }

    /** Only the owner changes a case, and only from the version they read. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public CasusDetails wijzigen(UUID casusId, CasusFormulier formulier, boolean privacyBevestigd) {
        Casus casus = leesbaar(casusId);
        if (!casus.getEigenaarId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the owner changes a case");
        }
        GelijktijdigGewijzigd.controleer(casus, formulier.version());
        if (casus.getStatus() == CasusStatus.GESLOTEN) {
            throw new InvoerFout("casus", "fout.casus-gesloten");
        }
        Casus.Inhoud inhoud = inhoud(formulier, casus.getLeerteamId(), casus);
        privacy.controleer(ONDERWERP, casus.getId(), teksten(inhoud), privacyBevestigd);
        casus.schrijf(inhoud, clock.instant());
        casussen.saveAndFlush(casus);
        gebeurtenissen.publishEvent(new CasusGewijzigd(casus.getId()));
        return details(casus, organisatie.relatieTot(casus.getLeerteamId()));
    }

    /** The owner closes a case; after the board's retention period the retention job deletes it. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public CasusDetails afsluiten(UUID casusId, Long version) {
        Casus casus = leesbaar(casusId);
        if (!casus.getEigenaarId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the owner closes a case");
        }
        GelijktijdigGewijzigd.controleer(casus, version);
        if (casus.getStatus() != CasusStatus.GESLOTEN) {
            casus.sluit(clock.instant());
            casussen.saveAndFlush(casus);
            gebeurtenissen.publishEvent(new CasusGesloten(casus.getId()));
        }
        return details(casus, organisatie.relatieTot(casus.getLeerteamId()));
    }

    /**
     * Deletes the closed cases whose board's retention period has passed, each with an audit line.
     * Leerteam's own job only.
     *
     * @return how many cases were deleted
     */
    @PreAuthorize("hasRole('SYSTEEM')")
    public int verwijderVerlopen(Instant nu) {
        if (!eenNode.mag("leerteam.bewaartermijn")) {
            // another node runs the same job right now
            return 0;
        }
        int verwijderd = 0;
        for (Map.Entry<UUID, Integer> bestuur : organisatie.bewaartermijnen().entrySet()) {
            Instant grens = nu.atZone(clock.getZone()).minusMonths(bestuur.getValue()).toInstant();
            List<Casus> verlopen = casussen.findByBestuurIdAndStatusAndGeslotenOpBefore(bestuur.getKey(), CasusStatus.GESLOTEN, grens);
            for (Casus casus : verlopen) {
                gebeurtenissen.publishEvent(new CasusVerlopen(casus.getId(), casus.getBestuurId()));
            }
            casussen.deleteAllInBatch(verlopen);
            verwijderd += verlopen.size();
        }
        return verwijderd;
    }

    private Casus leesbaar(UUID casusId) {
        return lezer.lees(casusId).casus();
    }

    private CasusDetails details(Casus casus, LeerteamRelatie relatie) {
        UUID ik = CurrentUser.require().gebruikerId();
        CasusFormulier inhoud = formulier(casus);
        String eigenaarNaam = organisatie.namen(List.of(casus.getEigenaarId())).getOrDefault(casus.getEigenaarId(), "");
        return new CasusDetails(casus.getId(), casus.getLeerteamId(), relatie.leerteamNaam(), relatie.schoolNaam(),
                eigenaarNaam, casus.getEigenaarId().equals(ik), casus.getStatus(), casus.getAangemaakt(), casus.getGewijzigd(),
                inhoud);
    }

    /** The case's content as its form shows it, with the version it was read at. */
    static CasusFormulier formulier(Casus casus) {
        Casus.Inhoud i = casus.inhoud();
        return new CasusFormulier(i.pseudoniem(), i.groep(), i.hulpvraag(), i.watZieIk(), i.alGeprobeerd(),
                i.watGaatGoed(), i.watBelemmert(), i.oudersBetrokken(), i.oudersDatum(), i.oudersAfspraken(),
                i.oudersWaaromNiet(), i.tags(), casus.getVersion());
    }

    /** Checks every field and limit; what the owner typed comes back unchanged when something is refused. */
    private Casus.Inhoud inhoud(CasusFormulier f, UUID leerteamId, Casus bestaand) {
        String pseudoniem = Tekst.optioneel("pseudoniem", f.pseudoniem(), MAX_PSEUDONIEM);
        if (pseudoniem == null) {
            pseudoniem = bestaand != null ? bestaand.getPseudoniem() : volgendPseudoniem(leerteamId);
        }
        boolean anderPseudoniem = bestaand == null || !bestaand.getPseudoniem().equalsIgnoreCase(pseudoniem);
        if (anderPseudoniem && casussen.existsByLeerteamIdAndPseudoniemIgnoreCase(leerteamId, pseudoniem)) {
            throw new InvoerFout("pseudoniem", "fout.pseudoniem-bestaat");
        }
        if (f.groep() == null || f.groep() < 1 || f.groep() > 8) {
            throw new InvoerFout("groep", "fout.groep");
        }
        String hulpvraag = Tekst.verplicht("hulpvraag", f.hulpvraag(), MAX_HULPVRAAG);
        String watZieIk = Tekst.optioneel("watZieIk", f.watZieIk(), MAX_TEKST);
        String alGeprobeerd = Tekst.optioneel("alGeprobeerd", f.alGeprobeerd(), MAX_TEKST);
        String watGaatGoed = Tekst.optioneel("watGaatGoed", f.watGaatGoed(), MAX_TEKST);
        String watBelemmert = Tekst.optioneel("watBelemmert", f.watBelemmert(), MAX_TEKST);
        LocalDate oudersDatum = null;
        String oudersAfspraken = null;
        String oudersWaaromNiet = null;
        if (f.oudersBetrokken()) {
            oudersDatum = f.oudersDatum();
            if (oudersDatum == null) {
                throw new InvoerFout("oudersDatum", "fout.verplicht");
            }
            if (oudersDatum.isAfter(LocalDate.now(clock))) {
                throw new InvoerFout("oudersDatum", "fout.datum-in-toekomst");
            }
            oudersAfspraken = Tekst.verplicht("oudersAfspraken", f.oudersAfspraken(), MAX_OUDERS);
        } else {
            oudersWaaromNiet = Tekst.optioneel("oudersWaaromNiet", f.oudersWaaromNiet(), MAX_OUDERS);
        }
        Set<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String tag : f.tags()) {
            String schoon = Tekst.optioneel("tags", tag, MAX_TAG);
            if (schoon != null) {
                tags.add(schoon);
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvoerFout("tags", "fout.te-veel-tags", MAX_TAGS);
        }
        return new Casus.Inhoud(pseudoniem, f.groep(), hulpvraag, watZieIk, alGeprobeerd, watGaatGoed, watBelemmert,
                f.oudersBetrokken(), oudersDatum, oudersAfspraken, oudersWaaromNiet, Set.copyOf(tags));
    }

    /** Every free text of a case, for the privacy check; field names as the form knows them. */
    static Map<String, String> teksten(Casus.Inhoud inhoud) {
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("pseudoniem", inhoud.pseudoniem());
        teksten.put("hulpvraag", inhoud.hulpvraag());
        teksten.put("watZieIk", inhoud.watZieIk());
        teksten.put("alGeprobeerd", inhoud.alGeprobeerd());
        teksten.put("watGaatGoed", inhoud.watGaatGoed());
        teksten.put("watBelemmert", inhoud.watBelemmert());
        teksten.put("oudersAfspraken", inhoud.oudersAfspraken());
        teksten.put("oudersWaaromNiet", inhoud.oudersWaaromNiet());
        teksten.put("tags", String.join(", ", inhoud.tags()));
        teksten.values().removeIf(tekst -> tekst == null || tekst.isEmpty());
        return teksten;
    }

    /** The first of "Leerling A" ... "Leerling Z", "Leerling AA" ... not used in the leerteam yet. */
    String volgendPseudoniem(UUID leerteamId) {
        Set<String> bezet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        bezet.addAll(casussen.pseudoniemenIn(leerteamId));
        for (int n = 0; ; n++) {
            String kandidaat = PSEUDONIEM_VOORVOEGSEL + letters(n);
            if (!bezet.contains(kandidaat)) {
                return kandidaat;
            }
        }
    }

    static String letters(int n) {
        String letters = "";
        int rest = n;
        do {
            letters = (char) ('A' + rest % 26) + letters;
            rest = rest / 26 - 1;
        } while (rest >= 0);
        return letters;
    }
}
