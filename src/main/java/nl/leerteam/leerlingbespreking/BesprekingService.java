package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.Afspraak;
import nl.leerteam.leerlingbespreking.domain.AfspraakRepository;
import nl.leerteam.leerlingbespreking.domain.Bespreking;
import nl.leerteam.leerlingbespreking.domain.BesprekingRepository;
import nl.leerteam.leerlingbespreking.domain.Bijdrage;
import nl.leerteam.leerlingbespreking.domain.BijdrageRepository;
import nl.leerteam.leerlingbespreking.domain.Casus;
import nl.leerteam.leerlingbespreking.domain.FormatInstelling;
import nl.leerteam.leerlingbespreking.domain.FormatInstellingRepository;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.AfspraakGeevalueerd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.AfspraakGemaakt;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.BesprekingAfgerond;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.BesprekingGestart;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.CasusGelezen;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.FactorGenoemd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.IdeeGeopperd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeGewisseld;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeMinutenIngesteld;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.RondeVerlengd;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VraagBeantwoord;
import nl.leerteam.leerlingbespreking.LeerlingbesprekingGebeurtenis.VraagGesteld;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The format, live: a member starts a discussion of a case and leads it through the rounds; the
 * leerteam and the school's KCs add questions, factors and ideas in the round they belong to; the
 * owner answers questions and turns ideas into agreements, and later evaluates them. Every change
 * is an event that reaches the others in the discussion; the people watching one case share one read
 * of it per node, and each gets their own page from it after their own access check.
 */
@Service
@Transactional
public class BesprekingService {

    public static final int MAX_BIJDRAGE = 1000;
    public static final int MAX_ANTWOORD = 2000;
    public static final int MAX_BIJDRAGEN = 500;
    public static final int MAX_AFSPRAKEN = 20;
    public static final int VERLENGING_MINUTEN = 2;
    /** How far ahead an evaluation date may lie. */
    public static final int MAX_EVALUATIE_MAANDEN = 12;

    private final CasusLezer lezer;
    private final BesprekingRepository besprekingen;
    private final BijdrageRepository bijdragen;
    private final AfspraakRepository afspraken;
    private final FormatInstellingRepository instellingen;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final LiveUpdates live;
    private final Clock clock;

    BesprekingService(CasusLezer lezer, BesprekingRepository besprekingen, BijdrageRepository bijdragen,
                      AfspraakRepository afspraken, FormatInstellingRepository instellingen, OrganisatieService organisatie,
                      PrivacyControle privacy, ApplicationEventPublisher gebeurtenissen, LiveUpdates live, Clock clock) {
        this.lezer = lezer;
        this.besprekingen = besprekingen;
        this.bijdragen = bijdragen;
        this.afspraken = afspraken;
        this.instellingen = instellingen;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.live = live;
        this.clock = clock;
    }

    /** Opens a case's discussion screen; the read is recorded in the audit log. */
    @PreAuthorize("isAuthenticated()")
    public BesprekingPagina openen(UUID casusId) {
        CasusLezer.Gelezen gelezen = lezer.lees(casusId);
        gebeurtenissen.publishEvent(new CasusGelezen(gelezen.casus().getId(), "BESPREKING"));
        return pagina(gelezen);
    }

    /** The current state again, after a live update of a discussion already opened. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BesprekingPagina pagina(UUID casusId) {
        return pagina(lezer.lees(casusId));
    }

    /** A member starts a discussion of an open case and leads it; one runs per case at a time. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public BesprekingPagina starten(UUID casusId) {
        CasusLezer.Gelezen gelezen = lezer.lees(casusId).eisOpen();
        if (!gelezen.relatie().lid()) {
            throw new AccessDeniedException("Only a member leads a discussion");
        }
        if (besprekingen.findByCasusIdAndAfgerondIsNull(casusId).isEmpty()) {
            int minuten = minuten(gelezen.casus().getLeerteamId()).get(Ronde.INBRENG);
            Bespreking nieuw = besprekingen.saveAndFlush(new Bespreking(casusId, gelezen.ik(), minuten, clock.instant()));
            gebeurtenissen.publishEvent(new BesprekingGestart(casusId, nieuw.getId()));
        }
        return pagina(gelezen);
    }

    /** The facilitator moves everybody to another round; its timer starts again. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void naarRonde(UUID besprekingId, Ronde ronde, Long version) {
        Lopend geleid = geleid(besprekingId, version);
        if (ronde == null) {
            throw new InvoerFout("ronde", "fout.verplicht");
        }
        Bespreking bespreking = geleid.bespreking();
        bespreking.naarRonde(ronde, minuten(geleid.gelezen().casus().getLeerteamId()).get(ronde), clock.instant());
        besprekingen.saveAndFlush(bespreking);
        gebeurtenissen.publishEvent(new RondeGewisseld(bespreking.getCasusId(), besprekingId, ronde));
    }

    /** The facilitator gives the current round a little more time. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void verlengen(UUID besprekingId, Long version) {
        Bespreking bespreking = geleid(besprekingId, version).bespreking();
        bespreking.verleng(VERLENGING_MINUTEN);
        besprekingen.saveAndFlush(bespreking);
        gebeurtenissen.publishEvent(new RondeVerlengd(bespreking.getCasusId(), besprekingId));
    }

    /** The facilitator ends the discussion; what was said and agreed stays with the case. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void afronden(UUID besprekingId, Long version) {
        Bespreking bespreking = geleid(besprekingId, version).bespreking();
        bespreking.rondAf(clock.instant());
        besprekingen.saveAndFlush(bespreking);
        gebeurtenissen.publishEvent(new BesprekingAfgerond(bespreking.getCasusId(), besprekingId));
    }

    @PreAuthorize("isAuthenticated()")
    public void vraagStellen(UUID besprekingId, String tekst, boolean privacyBevestigd) {
        toevoegen(besprekingId, Bijdrage.Soort.VRAAG, Ronde.VRAGEN, null, tekst, privacyBevestigd);
    }

    @PreAuthorize("isAuthenticated()")
    public void factorToevoegen(UUID besprekingId, Factor factor, String tekst, boolean privacyBevestigd) {
        if (factor == null) {
            throw new InvoerFout("factor", "fout.verplicht");
        }
        toevoegen(besprekingId, Bijdrage.Soort.FACTOR, Ronde.ANALYSE, factor, tekst, privacyBevestigd);
    }

    @PreAuthorize("isAuthenticated()")
    public void ideeToevoegen(UUID besprekingId, String tekst, boolean privacyBevestigd) {
        toevoegen(besprekingId, Bijdrage.Soort.IDEE, Ronde.IDEEEN, null, tekst, privacyBevestigd);
    }

    /** The owner answers a clarifying question (and may improve the answer later). */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void beantwoorden(UUID vraagId, String antwoord, Long version, boolean privacyBevestigd) {
        Bijdrage vraag = Opzoeken.opId(bijdragen, vraagId)
                .filter(b -> b.getSoort() == Bijdrage.Soort.VRAAG)
                .orElseThrow(Opzoeken::geweigerd);
        Bespreking bespreking = besprekingen.findById(vraag.getBesprekingId()).orElseThrow();
        lezer.lees(bespreking.getCasusId()).eisEigenaar().eisOpen();
        GelijktijdigGewijzigd.controleer(vraag, version);
        String schoon = Tekst.verplicht("antwoord", antwoord, MAX_ANTWOORD);
        privacy.controleer(CasusService.ONDERWERP, bespreking.getCasusId(), Map.of("antwoord", schoon), privacyBevestigd);
        vraag.beantwoord(schoon);
        bijdragen.saveAndFlush(vraag);
        gebeurtenissen.publishEvent(new VraagBeantwoord(bespreking.getCasusId(), vraagId));
    }

    /**
     * The owner turns an idea (or their own words) into an agreement with an evaluation date,
     * in the round of choices and agreements or at the close.
     *
     * @param ideeId the idea it comes from, or {@code null}
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void afspraakMaken(UUID besprekingId, UUID ideeId, String tekst, LocalDate evaluatiedatum, boolean privacyBevestigd) {
        Lopend lopend = lopend(besprekingId);
        Bespreking bespreking = lopend.bespreking();
        CasusLezer.Gelezen gelezen = lopend.gelezen().eisEigenaar().eisOpen();
        if (bespreking.getRonde() != Ronde.AFSPRAKEN && bespreking.getRonde() != Ronde.AFSLUITING) {
            throw new InvoerFout("tekst", "fout.bespreking.andere-ronde");
        }
        if (ideeId != null && bijdragen.findById(ideeId).filter(b -> b.getBesprekingId().equals(besprekingId)
                && b.getSoort() == Bijdrage.Soort.IDEE).isEmpty()) {
            throw new AccessDeniedException("Not an idea of this discussion");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_BIJDRAGE);
        LocalDate vandaag = LocalDate.now(clock);
        if (evaluatiedatum == null) {
            throw new InvoerFout("evaluatiedatum", "fout.verplicht");
        }
        if (evaluatiedatum.isBefore(vandaag) || evaluatiedatum.isAfter(vandaag.plusMonths(MAX_EVALUATIE_MAANDEN))) {
            throw new InvoerFout("evaluatiedatum", "fout.evaluatiedatum", MAX_EVALUATIE_MAANDEN);
        }
        if (afspraken.countByCasusId(bespreking.getCasusId()) >= MAX_AFSPRAKEN) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_AFSPRAKEN);
        }
        privacy.controleer(CasusService.ONDERWERP, bespreking.getCasusId(), Map.of("tekst", schoon), privacyBevestigd);
        Afspraak afspraak = afspraken.saveAndFlush(new Afspraak(gelezen.casus().getId(), besprekingId, ideeId, schoon,
                evaluatiedatum, clock.instant()));
        gebeurtenissen.publishEvent(new AfspraakGemaakt(bespreking.getCasusId(), afspraak.getId()));
    }

    /** The owner looks back at an agreement: was it enough? */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void evalueren(UUID afspraakId, EvaluatieResultaat resultaat, String toelichting, Long version,
                          boolean privacyBevestigd) {
        Afspraak afspraak = Opzoeken.verplicht(afspraken, afspraakId);
        lezer.lees(afspraak.getCasusId()).eisEigenaar().eisOpen();
        GelijktijdigGewijzigd.controleer(afspraak, version);
        if (resultaat == null) {
            throw new InvoerFout("resultaat", "fout.verplicht");
        }
        String schoon = Tekst.verplicht("evaluatie", toelichting, MAX_ANTWOORD);
        privacy.controleer(CasusService.ONDERWERP, afspraak.getCasusId(), Map.of("evaluatie", schoon), privacyBevestigd);
        afspraak.evalueer(resultaat, schoon, clock.instant());
        afspraken.saveAndFlush(afspraak);
        gebeurtenissen.publishEvent(new AfspraakGeevalueerd(afspraak.getCasusId(), afspraakId, resultaat));
    }

    /** The round lengths of a leerteam, in minutes (the defaults until a member changes them). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Ronde, Integer> rondeMinuten(UUID leerteamId) {
        organisatie.relatieTot(leerteamId);
        return minuten(leerteamId);
    }

    /** A member sets how long each round lasts in their leerteam (1 to 60 minutes each). */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void rondeMinutenInstellen(UUID leerteamId, Map<Ronde, Integer> minuten) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        if (!relatie.lid()) {
            throw new AccessDeniedException("Only members set their leerteam's round lengths");
        }
        Map<Ronde, Integer> gecontroleerd = new EnumMap<>(Ronde.class);
        for (Ronde ronde : Ronde.values()) {
            Integer waarde = minuten.get(ronde);
            if (waarde == null || waarde < 1 || waarde > 60) {
                throw new InvoerFout(ronde.name(), "fout.minuten", 1, 60);
            }
            gecontroleerd.put(ronde, waarde);
        }
        FormatInstelling instelling = instellingen.findById(leerteamId).orElseGet(() -> new FormatInstelling(leerteamId));
        instelling.zet(gecontroleerd);
        instellingen.saveAndFlush(instelling);
        gebeurtenissen.publishEvent(new RondeMinutenIngesteld(leerteamId));
    }

    private void toevoegen(UUID besprekingId, Bijdrage.Soort soort, Ronde ronde, Factor factor, String tekst,
                           boolean privacyBevestigd) {
        Lopend lopend = lopend(besprekingId);
        Bespreking bespreking = lopend.bespreking();
        CasusLezer.Gelezen gelezen = lopend.gelezen().eisOpen();
        if (bespreking.getRonde() != ronde) {
            throw new InvoerFout("tekst", "fout.bespreking.andere-ronde");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_BIJDRAGE);
        if (bijdragen.countByBesprekingId(besprekingId) >= MAX_BIJDRAGEN) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_BIJDRAGEN);
        }
        privacy.controleer(CasusService.ONDERWERP, bespreking.getCasusId(), Map.of("tekst", schoon), privacyBevestigd);
        Bijdrage bijdrage = bijdragen.saveAndFlush(new Bijdrage(besprekingId, soort, factor, schoon, gelezen.ik(), clock.instant()));
        UUID casusId = bespreking.getCasusId();
        gebeurtenissen.publishEvent(switch (soort) {
            case VRAAG -> new VraagGesteld(casusId, bijdrage.getId());
            case FACTOR -> new FactorGenoemd(casusId, bijdrage.getId());
            case IDEE -> new IdeeGeopperd(casusId, bijdrage.getId());
        });
    }

    /** A running discussion with its case, read once with the access check. */
    private record Lopend(Bespreking bespreking, CasusLezer.Gelezen gelezen) {
    }

    private Lopend lopend(UUID besprekingId) {
        Bespreking bespreking = Opzoeken.verplicht(besprekingen, besprekingId);
        CasusLezer.Gelezen gelezen = lezer.lees(bespreking.getCasusId());
        if (!bespreking.isLopend()) {
            throw new InvoerFout("bespreking", "fout.bespreking.afgerond");
        }
        return new Lopend(bespreking, gelezen);
    }

    /** A running discussion that the logged-in person leads, read at {@code version}. */
    private Lopend geleid(UUID besprekingId, Long version) {
        Lopend lopend = lopend(besprekingId);
        if (!lopend.bespreking().getVoorzitterId().equals(lopend.gelezen().ik())) {
            throw new AccessDeniedException("Only the facilitator moves the rounds");
        }
        GelijktijdigGewijzigd.controleer(lopend.bespreking(), version);
        return lopend;
    }

    private Map<Ronde, Integer> minuten(UUID leerteamId) {
        return instellingen.findById(leerteamId).map(FormatInstelling::minuten).orElseGet(FormatInstelling::standaard);
    }

    /** The agreements of a case with their evaluations, for the case page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BesprekingPagina.AfspraakRegel> afspraken(UUID casusId) {
        return afspraakRegels(lezer.lees(casusId).casus().getId());
    }

    /**
     * For a meeting's minutes: the agreements made on the meeting's day in the discussion of a case on its agenda,
     * with the chosen idea each came from and the owner who carries them. Empty for a reader who may not read the case.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VerslagAfspraak> afsprakenVanDag(UUID casusId, LocalDate dag) {
        CasusLezer.Gelezen gelezen;
        try {
            gelezen = lezer.lees(casusId);
        } catch (org.springframework.security.access.AccessDeniedException geen) {
            return List.of();
        }
        List<nl.leerteam.leerlingbespreking.domain.Afspraak> vanDag = afspraken.findByCasusIdOrderByAangemaakt(casusId).stream()
                .filter(a -> a.getAangemaakt().atZone(nl.leerteam.shared.domain.Tijdzone.SCHOOL).toLocalDate().equals(dag)).toList();
        if (vanDag.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> ideeen = bijdragen.findAllById(vanDag.stream().map(nl.leerteam.leerlingbespreking.domain.Afspraak::getIdeeId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(nl.leerteam.leerlingbespreking.domain.Bijdrage::getId,
                        nl.leerteam.leerlingbespreking.domain.Bijdrage::getTekst));
        String eigenaar = organisatie.namen(List.of(gelezen.casus().getEigenaarId())).getOrDefault(gelezen.casus().getEigenaarId(), "");
        return vanDag.stream().map(a -> new VerslagAfspraak(a.getTekst(), a.getIdeeId() == null ? null : ideeen.get(a.getIdeeId()),
                a.getEvaluatiedatum(), eigenaar)).toList();
    }

    /** The agreements of a case whose access the caller checked, in its transaction. */
    List<BesprekingPagina.AfspraakRegel> afspraakRegels(UUID casusId) {
        LocalDate vandaag = LocalDate.now(clock);
        return afspraken.findByCasusIdOrderByAangemaakt(casusId).stream()
                .map(Gedeeld::afspraak).map(a -> a.regel(vandaag)).toList();
    }

    /** The page of one reader: their access is checked, the discussion itself is the read they share with others. */
    private BesprekingPagina pagina(CasusLezer.Gelezen gelezen) {
        Casus casus = gelezen.casus();
        Gedeeld d = live.gedeeld(CasusService.LIVE_TOPIC, casus.getId(), Gedeeld.class, () -> gedeeld(casus));
        boolean open = d.status() != CasusStatus.GESLOTEN;
        boolean eigenaar = gelezen.eigenaar();
        Gedeeld.Lopend b = d.bespreking();
        boolean lopend = b != null && b.lopend();
        boolean ikLeid = lopend && b.voorzitterId().equals(gelezen.ik());
        BesprekingPagina.RondeBalk balk = new BesprekingPagina.RondeBalk(b == null ? null : b.id(), lopend ? b.ronde() : null,
                b == null ? null : b.rondeEinde(), b == null ? "" : b.voorzitterNaam(), lopend,
                !lopend && open && gelezen.relatie().lid(), ikLeid, b == null ? 0 : b.version());
        if (b == null) {
            return new BesprekingPagina(casus.getId(), casus.getLeerteamId(), d.casus().pseudoniem(), d.casus().groep(), balk,
                    null, null, null, null, null, null);
        }
        // A finished discussion shows every round but the close; a running one the rounds it reached.
        Ronde tot = lopend ? b.ronde() : Ronde.AFSPRAKEN;
        Ronde huidig = lopend ? b.ronde() : null;
        boolean eigenaarAntwoordt = eigenaar && lopend && open;
        boolean kiezen = eigenaarAntwoordt && (huidig == Ronde.AFSPRAKEN || huidig == Ronde.AFSLUITING);
        LocalDate vandaag = LocalDate.now(clock);
        return new BesprekingPagina(casus.getId(), casus.getLeerteamId(), d.casus().pseudoniem(), d.casus().groep(), balk,
                new BesprekingPagina.Inbreng(d.casus(), huidig == Ronde.INBRENG),
                bereikt(tot, Ronde.VRAGEN) ? new BesprekingPagina.Vragen(d.vragen(), huidig == Ronde.VRAGEN,
                        huidig == Ronde.VRAGEN && open, eigenaarAntwoordt) : null,
                bereikt(tot, Ronde.ANALYSE) ? new BesprekingPagina.Analyse(d.factoren(), huidig == Ronde.ANALYSE,
                        huidig == Ronde.ANALYSE && open) : null,
                bereikt(tot, Ronde.IDEEEN) ? new BesprekingPagina.Ideeen(d.ideeen(), huidig == Ronde.IDEEEN,
                        huidig == Ronde.IDEEEN && open, kiezen) : null,
                bereikt(tot, Ronde.AFSPRAKEN) ? new BesprekingPagina.Afspraken(d.afspraken().stream().map(a -> a.regel(vandaag)).toList(),
                        huidig == Ronde.AFSPRAKEN, kiezen) : null,
                huidig == Ronde.AFSLUITING ? new BesprekingPagina.Afsluiting(ikLeid) : null);
    }

    private static boolean bereikt(Ronde tot, Ronde ronde) {
        return ronde.ordinal() <= tot.ordinal();
    }

    /** What everybody in a discussion sees alike; read once per change for all its viewers on a node. */
    private Gedeeld gedeeld(Casus casus) {
        Bespreking bespreking = besprekingen.findByCasusIdOrderByGestartDesc(casus.getId()).stream().findFirst().orElse(null);
        List<Bijdrage> lijst = bespreking == null ? List.of() : bijdragen.findByBesprekingIdOrderByAangemaakt(bespreking.getId());
        List<Afspraak> gemaakt = bespreking == null ? List.of() : afspraken.findByCasusIdOrderByAangemaakt(casus.getId());
        Set<UUID> mensen = new HashSet<>();
        if (bespreking != null) {
            mensen.add(bespreking.getVoorzitterId());
        }
        lijst.forEach(b -> mensen.add(b.getAuteurId()));
        Map<UUID, String> namen = mensen.isEmpty() ? Map.of() : organisatie.namen(mensen);
        Set<UUID> gekozen = new HashSet<>();
        gemaakt.forEach(a -> {
            if (a.getIdeeId() != null) {
                gekozen.add(a.getIdeeId());
            }
        });
        List<BesprekingPagina.Vraag> vragen = new ArrayList<>();
        List<BesprekingPagina.FactorRegel> factoren = new ArrayList<>();
        List<BesprekingPagina.Idee> ideeen = new ArrayList<>();
        for (Bijdrage b : lijst) {
            String auteur = namen.getOrDefault(b.getAuteurId(), "");
            switch (b.getSoort()) {
                case VRAAG -> vragen.add(new BesprekingPagina.Vraag(b.getId(), b.getTekst(), auteur, b.getAntwoord(), b.getVersion()));
                case FACTOR -> factoren.add(new BesprekingPagina.FactorRegel(b.getId(), b.getFactor(), b.getTekst(), auteur));
                case IDEE -> ideeen.add(new BesprekingPagina.Idee(b.getId(), b.getTekst(), auteur, gekozen.contains(b.getId())));
            }
        }
        Gedeeld.Lopend lopend = bespreking == null ? null : new Gedeeld.Lopend(bespreking.getId(), bespreking.getRonde(),
                bespreking.rondeEinde(), bespreking.getVoorzitterId(), namen.getOrDefault(bespreking.getVoorzitterId(), ""),
                bespreking.isLopend(), bespreking.getVersion());
        return new Gedeeld(casus.getStatus(), CasusService.formulier(casus), lopend, List.copyOf(vragen), List.copyOf(factoren),
                List.copyOf(ideeen), gemaakt.stream().map(Gedeeld::afspraak).toList());
    }

    /** A discussion's content without anything of the reader in it, so that its viewers can share it. */
    private record Gedeeld(CasusStatus status, CasusFormulier casus, Lopend bespreking, List<BesprekingPagina.Vraag> vragen,
                           List<BesprekingPagina.FactorRegel> factoren, List<BesprekingPagina.Idee> ideeen,
                           List<GemaakteAfspraak> afspraken) {

        record Lopend(UUID id, Ronde ronde, Instant rondeEinde, UUID voorzitterId, String voorzitterNaam, boolean lopend,
                      long version) {
        }

        record GemaakteAfspraak(UUID id, String tekst, LocalDate evaluatiedatum, EvaluatieResultaat resultaat, String evaluatie,
                                long version) {

            BesprekingPagina.AfspraakRegel regel(LocalDate vandaag) {
                return new BesprekingPagina.AfspraakRegel(id, tekst, evaluatiedatum, resultaat, evaluatie,
                        resultaat == null && !evaluatiedatum.isAfter(vandaag), version);
            }
        }

        static GemaakteAfspraak afspraak(Afspraak a) {
            return new GemaakteAfspraak(a.getId(), a.getTekst(), a.getEvaluatiedatum(), a.getResultaat(), a.getEvaluatie(),
                    a.getVersion());
        }
    }
}
