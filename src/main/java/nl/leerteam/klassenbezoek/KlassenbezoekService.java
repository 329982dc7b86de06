package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Melding;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekAfgerond;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGelezen;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.BezoekGepland;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.LeerpuntGedeeld;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.NaarNagesprekGegaan;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.NagesprekVastgelegd;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.ObservatieGestart;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.ReflectieGeschreven;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.SnelleNotitieGemaakt;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.VoorgesprekGevoerd;
import nl.leerteam.klassenbezoek.KlassenbezoekGebeurtenis.WaarnemingVastgelegd;
import nl.leerteam.klassenbezoek.domain.BezoekFocus;
import nl.leerteam.klassenbezoek.domain.BezoekFocusRepository;
import nl.leerteam.klassenbezoek.domain.BezoekNotitie;
import nl.leerteam.klassenbezoek.domain.BezoekNotitieRepository;
import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.Samenvoegconflict;
import nl.leerteam.shared.domain.Samenvoegen;
import nl.leerteam.shared.domain.Focusafspraken;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The cycle of a classroom visit: voorgesprek, observation, nagesprek with the teacher's own
 * reflection, and the close. A visit is visible to its teacher and its observer only
 * ({@link BezoekToegang}); every read and change is an event that the audit log records, and that
 * the other one sees at once if they have the visit open. Every free text goes through the privacy check.
 */
@Service
@Transactional
public class KlassenbezoekService {

    static final String ONDERWERP = "KLASSENBEZOEK";
    /** Live-update topic of one visit (its id). */
    public static final String LIVE_TOPIC = "klassenbezoek";
    public static final int MAX_FOCUS = 8;
    public static final int MAX_LEERVRAAG = 1000;
    public static final int MAX_LES = 300;
    public static final int MAX_TEKST = 4000;
    public static final int MAX_DOEL = 1000;
    public static final int MAX_SNELLE_NOTITIE = 1000;
    public static final int MAX_SNELLE_NOTITIES = 200;
    public static final int MAX_DEEL_TITEL = 200;
    public static final int MAX_DEEL_TEKST = 2000;

    private final KlassenbezoekRepository bezoeken;
    private final BezoekFocusRepository focus;
    /** What the school's trend discussions agreed to look at; answered by the trends module, empty without it. */
    private final List<Focusafspraken> focusafspraken;
    private final BezoekNotitieRepository notities;
    private final BezoekToegang toegang;
    private final KijkwijzerService kijkwijzers;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    KlassenbezoekService(KlassenbezoekRepository bezoeken, BezoekFocusRepository focus, BezoekNotitieRepository notities,
                         BezoekToegang toegang, KijkwijzerService kijkwijzers, OrganisatieService organisatie,
                         PrivacyControle privacy, List<Focusafspraken> focusafspraken, ApplicationEventPublisher gebeurtenissen,
                         Clock clock) {
        this.focusafspraken = focusafspraken;
        this.bezoeken = bezoeken;
        this.focus = focus;
        this.notities = notities;
        this.toegang = toegang;
        this.kijkwijzers = kijkwijzers;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The visit, for its teacher or observer; the read is recorded. */
    @PreAuthorize("isAuthenticated()")
    public BezoekDetails bezoek(UUID bezoekId) {
        Klassenbezoek b = toegang.vanMij(bezoekId);
        gebeurtenissen.publishEvent(new BezoekGelezen(b.getId()));
        return details(b);
    }

    /** The visit's page, opened: the read is recorded. */
    @PreAuthorize("isAuthenticated()")
    public BezoekPagina openen(UUID bezoekId) {
        Klassenbezoek b = toegang.vanMij(bezoekId);
        gebeurtenissen.publishEvent(new BezoekGelezen(b.getId()));
        return pagina(details(b), b.getSchoolId());
    }

    /** The page again after a live update; that person's read is already recorded. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BezoekPagina pagina(UUID bezoekId) {
        Klassenbezoek b = toegang.vanMij(bezoekId);
        return pagina(details(b), b.getSchoolId());
    }

    /** Learning question, lesson, group and the chosen criteria; the learning question is required. */
    @PreAuthorize("isAuthenticated()")
    public void voorgesprek(UUID bezoekId, Voorgesprek v, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.vanMij(bezoekId);
        if (b.getStatus() != BezoekStatus.GEPLAND && b.getStatus() != BezoekStatus.VOORGESPREK) {
            throw new InvoerFout("leervraag", "fout.bezoek-stap");
        }
        GelijktijdigGewijzigd.controleer(b, v.version());
        toegang.controleerDatum(v.datum());
        toegang.controleerTijd(v.tijd());
        String leervraag = Tekst.verplicht("leervraag", v.leervraag(), MAX_LEERVRAAG);
        String les = Tekst.optioneel("les", v.les(), MAX_LES);
        if (v.groep() != null && (v.groep() < 1 || v.groep() > 8)) {
            throw new InvoerFout("groep", "fout.groep");
        }
        List<UUID> gekozen = v.focus() == null ? List.of() : v.focus().stream().distinct().toList();
        if (gekozen.size() > MAX_FOCUS) {
            throw new InvoerFout("focus", "fout.te-veel-focus", MAX_FOCUS);
        }
        if (v.kijkwijzerVersieId() != null) {
            if (!kijkwijzers.bruikbaarOp(v.kijkwijzerVersieId(), b.getBestuurId(), b.getSchoolId())) {
                throw new InvoerFout("kijkwijzer", "fout.bezoek-kijkwijzer");
            }
            Set<UUID> bestaand = new java.util.HashSet<>();
            kijkwijzers.inhoudVan(v.kijkwijzerVersieId()).domeinen()
                    .forEach(d -> d.criteria().forEach(c -> bestaand.add(c.id())));
            if (!bestaand.containsAll(gekozen)) {
                throw new InvoerFout("focus", "fout.bezoek-kijkwijzer");
            }
        } else if (!gekozen.isEmpty()) {
            throw new InvoerFout("kijkwijzer", "fout.verplicht");
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("leervraag", leervraag);
        if (les != null) {
            teksten.put("les", les);
        }
        privacy.controleer(ONDERWERP, b.getId(), teksten, privacyBevestigd);
        b.voorgesprek(v.datum(), v.tijd(), leervraag, les, v.groep(), v.kijkwijzerVersieId(), clock.instant());
        bezoeken.saveAndFlush(b);
        focus.deleteByBezoekId(b.getId());
        focus.flush();
        for (int i = 0; i < gekozen.size(); i++) {
            focus.save(new BezoekFocus(b.getId(), gekozen.get(i), i + 1));
        }
        focus.flush();
        gebeurtenissen.publishEvent(new VoorgesprekGevoerd(b.getId()));
    }

    /** The observer starts observing: from now on the kijkwijzer version is fixed for this visit. */
    @PreAuthorize("isAuthenticated()")
    public void observatieStarten(UUID bezoekId, Long version) {
        Klassenbezoek b = toegang.alsObservator(bezoekId);
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.VOORGESPREK || b.getLeervraag() == null) {
            throw new InvoerFout("status", "fout.bezoek-eerst-voorgesprek");
        }
        if (b.getKijkwijzerVersieId() == null || focus.findByBezoekIdOrderByVolgorde(b.getId()).isEmpty()) {
            throw new InvoerFout("focus", "fout.bezoek-focus");
        }
        kijkwijzers.markeerGebruikt(b.getKijkwijzerVersieId());
        b.naar(BezoekStatus.OBSERVATIE, clock.instant());
        bezoeken.saveAndFlush(b);
        gebeurtenissen.publishEvent(new ObservatieGestart(b.getId()));
    }

    /**
     * Saves what the observer saw of one criterion, as they go: no version, because one observer
     * writes it and every change is kept at once.
     */
    @PreAuthorize("isAuthenticated()")
    public void waarnemen(UUID bezoekId, UUID criteriumId, Waarneming waarneming, String notitie, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.alsObservator(bezoekId);
        if (b.getStatus() != BezoekStatus.OBSERVATIE) {
            throw new InvoerFout("notitie", "fout.bezoek-stap");
        }
        BezoekFocus f = focus.findById(new BezoekFocus.Sleutel(b.getId(), criteriumId))
                .orElseThrow(() -> new AccessDeniedException("Not a focus criterion of this visit"));
        String schoon = Tekst.optioneel("notitie", notitie, MAX_TEKST);
        if (schoon != null) {
            privacy.controleer(ONDERWERP, b.getId(), Map.of("notitie", schoon), privacyBevestigd);
        }
        f.waarneem(waarneming);
        f.noteer(schoon);
        focus.saveAndFlush(f);
        gebeurtenissen.publishEvent(new WaarnemingVastgelegd(b.getId(), criteriumId));
    }

    /** A quick note during the observation, stamped with the time by itself. */
    @PreAuthorize("isAuthenticated()")
    public void snelleNotitie(UUID bezoekId, String tekst, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.alsObservator(bezoekId);
        if (b.getStatus() != BezoekStatus.OBSERVATIE) {
            throw new InvoerFout("tekst", "fout.bezoek-stap");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_SNELLE_NOTITIE);
        if (notities.countByBezoekId(b.getId()) >= MAX_SNELLE_NOTITIES) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_SNELLE_NOTITIES);
        }
        privacy.controleer(ONDERWERP, b.getId(), Map.of("tekst", schoon), privacyBevestigd);
        notities.saveAndFlush(new BezoekNotitie(b.getId(), clock.instant(), schoon));
        gebeurtenissen.publishEvent(new SnelleNotitieGemaakt(b.getId()));
    }

    /** The observer ends the observation; teacher and observer meet for the nagesprek. */
    @PreAuthorize("isAuthenticated()")
    public void naarNagesprek(UUID bezoekId, Long version) {
        Klassenbezoek b = toegang.alsObservator(bezoekId);
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.OBSERVATIE) {
            throw new InvoerFout("status", "fout.bezoek-stap");
        }
        b.naar(BezoekStatus.NAGESPREK, clock.instant());
        bezoeken.saveAndFlush(b);
        gebeurtenissen.publishEvent(new NaarNagesprekGegaan(b.getId()));
    }

    /** The observer records what went well, the feedforward and the next development goal; a save over another is refused. */
    @PreAuthorize("isAuthenticated()")
    public void nagesprek(UUID bezoekId, String watGingGoed, String feedforward, String ontwikkeldoel, Long version,
                          boolean privacyBevestigd) {
        nagesprek(bezoekId, watGingGoed, feedforward, ontwikkeldoel, null, version, privacyBevestigd);
    }

    /**
     * The observer records what went well, the feedforward and the next development goal. When the visit changed since
     * {@code version} (the teacher saved her reflection, say), each field is merged against {@code basis}, what the
     * observer's fields started from: a field nobody else changed is simply saved; overlapping edits of one field come
     * back as a {@link Samenvoegconflict} naming it.
     *
     * @param basis field name (watGingGoed, feedforward, ontwikkeldoel) to the stored text the field started from; null: no merge
     */
    @PreAuthorize("isAuthenticated()")
    public void nagesprek(UUID bezoekId, String watGingGoed, String feedforward, String ontwikkeldoel, Map<String, String> basis,
                          Long version, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.alsObservator(bezoekId);
        if (b.getStatus() != BezoekStatus.NAGESPREK) {
            throw new InvoerFout("watGingGoed", "fout.bezoek-stap");
        }
        String[] velden = {watGingGoed, feedforward, ontwikkeldoel};
        if (version != null && !version.equals(b.getVersion())) {
            if (basis == null) {
                throw new GelijktijdigGewijzigd("Klassenbezoek " + bezoekId);
            }
            String[] namen = {"watGingGoed", "feedforward", "ontwikkeldoel"};
            String[] opgeslagen = {b.getWatGingGoed(), b.getFeedforward(), b.getOntwikkeldoel()};
            for (int i = 0; i < namen.length; i++) {
                velden[i] = samengevoegd(b, namen[i], basis.get(namen[i]), opgeslagen[i], velden[i]);
            }
        }
        String goed = Tekst.optioneel("watGingGoed", velden[0], MAX_TEKST);
        String vooruit = Tekst.optioneel("feedforward", velden[1], MAX_TEKST);
        String doel = Tekst.optioneel("ontwikkeldoel", velden[2], MAX_DOEL);
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("watGingGoed", goed);
        teksten.put("feedforward", vooruit);
        teksten.put("ontwikkeldoel", doel);
        teksten.values().removeIf(java.util.Objects::isNull);
        privacy.controleer(ONDERWERP, b.getId(), teksten, privacyBevestigd);
        b.nagesprek(goed, vooruit, doel, clock.instant());
        bezoeken.saveAndFlush(b);
        gebeurtenissen.publishEvent(new NagesprekVastgelegd(b.getId()));
    }

    /** One field of a visit that changed meanwhile: merged three ways against what the writer's field started from. */
    private static String samengevoegd(Klassenbezoek b, String veld, String basis, String opgeslagen, String mijn) {
        return Samenvoegen.drieweg(basis, opgeslagen, mijn)
                .orElseThrow(() -> new Samenvoegconflict("Klassenbezoek " + b.getId(), veld, mijn, opgeslagen, b.getVersion()));
    }

    /** The teacher's own reflection: only the teacher writes it; a save over another is refused. */
    @PreAuthorize("isAuthenticated()")
    public void reflectie(UUID bezoekId, String reflectie, Long version, boolean privacyBevestigd) {
        reflectie(bezoekId, reflectie, null, version, privacyBevestigd);
    }

    /**
     * The teacher's own reflection: only the teacher writes it, in the nagesprek and also after the visit was closed (a
     * KC who closes the visit while she types takes nothing from her). A change of another field meanwhile is no
     * conflict; her own reflection saved elsewhere meanwhile is merged against {@code basis}.
     */
    @PreAuthorize("isAuthenticated()")
    public void reflectie(UUID bezoekId, String reflectie, String basis, Long version, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.alsLeerkracht(bezoekId, "The reflection is the teacher's own");
        if (b.getStatus() != BezoekStatus.NAGESPREK && b.getStatus() != BezoekStatus.AFGEROND) {
            throw new InvoerFout("reflectie", "fout.bezoek-stap");
        }
        String tekst = reflectie;
        if (version != null && !version.equals(b.getVersion())) {
            if (basis == null) {
                throw new GelijktijdigGewijzigd("Klassenbezoek " + bezoekId);
            }
            tekst = samengevoegd(b, "reflectie", basis, b.getReflectie(), reflectie);
        }
        String schoon = Tekst.optioneel("reflectie", tekst, MAX_TEKST);
        if (schoon != null) {
            privacy.controleer(ONDERWERP, b.getId(), Map.of("reflectie", schoon), privacyBevestigd);
        }
        b.reflectie(schoon, clock.instant());
        bezoeken.saveAndFlush(b);
        gebeurtenissen.publishEvent(new ReflectieGeschreven(b.getId()));
    }

    /**
     * Teacher or observer close the cycle after the nagesprek, optionally with a follow-up visit.
     *
     * @param vervolgDatum the date of a follow-up visit, or {@code null}
     * @return the follow-up visit, or {@code null}
     */
    @PreAuthorize("isAuthenticated()")
    public UUID afronden(UUID bezoekId, LocalDate vervolgDatum, Long version) {
        Klassenbezoek b = toegang.vanMij(bezoekId);
        // the step is what counts: a text the other saved meanwhile (her reflection) is no reason to refuse closing,
        // and the reflection can still be written afterwards
        if (b.getStatus() != BezoekStatus.NAGESPREK) {
            throw new InvoerFout("status", "fout.bezoek-stap");
        }
        b.naar(BezoekStatus.AFGEROND, clock.instant());
        bezoeken.saveAndFlush(b);
        gebeurtenissen.publishEvent(new BezoekAfgerond(b.getId()));
        if (vervolgDatum == null) {
            return null;
        }
        toegang.controleerDatum(vervolgDatum);
        Klassenbezoek vervolg = new Klassenbezoek(b.getBestuurId(), b.getSchoolId(), b.getLeerkrachtId(), b.getObservatorId(),
                b.getSoort(), CurrentUser.require().gebruikerId(), vervolgDatum, b.getId(), clock.instant());
        bezoeken.saveAndFlush(vervolg);
        gebeurtenissen.publishEvent(new BezoekGepland(vervolg.getId(), b.getId()));
        gebeurtenissen.publishEvent(Melding.van(Meldingsoort.BEZOEK_GEPLAND, vervolg.getId(),
                java.util.Set.of(b.getLeerkrachtId(), b.getObservatorId()), CurrentUser.require().gebruikerId()));
        return vervolg.getId();
    }

    /**
     * The teacher shares a learning point or good practice from a finished visit with one of their
     * leerteams: only the text they write here, as a proposal for the next meeting's agenda; the
     * observation form itself never leaves the visit.
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void delen(UUID bezoekId, UUID leerteamId, String titel, String tekst, boolean privacyBevestigd) {
        Klassenbezoek b = toegang.alsLeerkracht(bezoekId, "Only the teacher shares from their visit");
        if (b.getStatus() != BezoekStatus.AFGEROND) {
            throw new InvoerFout("titel", "fout.bezoek-stap");
        }
        if (leerteamId == null) {
            throw new InvoerFout("leerteam", "fout.verplicht");
        }
        if (!organisatie.relatieTot(leerteamId).lid()) {
            throw new AccessDeniedException("Only with a leerteam the teacher is a member of");
        }
        if (!organisatie.relatieTot(leerteamId).startNieuw()) {
            throw new InvoerFout("leerteam", "fout.leerteam-gearchiveerd");
        }
        String kop = Tekst.verplicht("titel", titel, MAX_DEEL_TITEL);
        String toelichting = Tekst.optioneel("toelichting", tekst, MAX_DEEL_TEKST);
        // The meeting module takes the text as a proposal for the leerteam's agenda, with its own privacy check.
        gebeurtenissen.publishEvent(new LeerpuntGedeeld(b.getId(), leerteamId, kop, toelichting, privacyBevestigd));
    }

    private BezoekPagina pagina(BezoekDetails b, UUID schoolId) {
        BezoekPagina.Kop kop = new BezoekPagina.Kop(b.status(), b.soort(), b.datum(), b.tijd(), b.leerkrachtNaam(), b.observatorNaam(),
                b.ikBenLeerkracht(), b.casusId());
        return switch (b.status()) {
            case GEPLAND, VOORGESPREK -> new BezoekPagina(b.id(), kop, new BezoekPagina.VoorgesprekStap(b.datum(), b.tijd(), b.leervraag(),
                    b.les(), b.groep(), b.kijkwijzerVersieId(), b.focus().stream().map(BezoekDetails.Focus::criteriumId).toList(),
                    b.ikBenLeerkracht(), b.ikBenObservator() && b.status() == BezoekStatus.VOORGESPREK, b.version(),
                    focusafspraken.stream().flatMap(f -> f.vanSchool(schoolId).entrySet().stream())
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (x, y) -> x))),
                    null, null, null);
            case OBSERVATIE -> new BezoekPagina(b.id(), kop, null, new BezoekPagina.ObservatieStap(b.leervraag(), b.observatorNaam(),
                    b.ikBenObservator(), b.focus(), b.notities(), b.version()), null, null);
            case NAGESPREK -> new BezoekPagina(b.id(), kop, null, null, new BezoekPagina.NagesprekStap(b.leervraag(), b.focus(),
                    b.notities(), b.watGingGoed(), b.feedforward(), b.ontwikkeldoel(), b.reflectie(), b.ikBenObservator(),
                    b.ikBenLeerkracht(), b.version()), null);
            case AFGEROND -> new BezoekPagina(b.id(), kop, null, null, null, new BezoekPagina.AfgerondStap(b.leervraag(), b.focus(),
                    b.notities(), b.watGingGoed(), b.feedforward(), b.ontwikkeldoel(), b.reflectie(), b.ikBenLeerkracht()));
        };
    }

    private BezoekDetails details(Klassenbezoek b) {
        UUID ik = CurrentUser.require().gebruikerId();
        Map<UUID, String> namen = organisatie.namen(List.of(b.getLeerkrachtId(), b.getObservatorId()));
        Map<UUID, String[]> criteria = new HashMap<>();
        // The observer reads the criteria in the kijkwijzer's own order, not in the order they were ticked.
        Map<UUID, Integer> plek = new HashMap<>();
        if (b.getKijkwijzerVersieId() != null) {
            kijkwijzers.inhoudVan(b.getKijkwijzerVersieId()).domeinen().forEach(d -> d.criteria().forEach(c -> {
                criteria.put(c.id(), new String[]{d.naam(), c.tekst(), c.toelichting()});
                plek.put(c.id(), plek.size());
            }));
        }
        List<BezoekDetails.Focus> gekozen = focus.findByBezoekIdOrderByVolgorde(b.getId()).stream()
                .sorted(java.util.Comparator.comparingInt(f -> plek.getOrDefault(f.getCriteriumId(), Integer.MAX_VALUE))).map(f -> {
            String[] c = criteria.getOrDefault(f.getCriteriumId(), new String[]{"", "", null});
            return new BezoekDetails.Focus(f.getCriteriumId(), c[0], c[1], c[2], f.getWaarneming(), f.getNotitie());
        }).toList();
        List<BezoekDetails.Notitie> snel = notities.findByBezoekIdOrderByTijdstip(b.getId()).stream()
                .map(n -> new BezoekDetails.Notitie(n.getTijdstip(), n.getTekst())).toList();
        return new BezoekDetails(b.getId(), b.getStatus(), b.getSoort(), b.getDatum(), b.getTijd(), namen.getOrDefault(b.getLeerkrachtId(), ""),
                namen.getOrDefault(b.getObservatorId(), ""), b.getLeerkrachtId().equals(ik), b.getObservatorId().equals(ik),
                b.getLeervraag(), b.getLes(), b.getGroep(), b.getKijkwijzerVersieId(),
                b.getKijkwijzerVersieId() == null ? null : kijkwijzers.naamVan(b.getKijkwijzerVersieId()), gekozen, snel,
                b.getWatGingGoed(), b.getFeedforward(), b.getReflectie(), b.getOntwikkeldoel(), b.getVervolgVanId(),
                b.getCasusId(), b.getVersion());
    }
}
