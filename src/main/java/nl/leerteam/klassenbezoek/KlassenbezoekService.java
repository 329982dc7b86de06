package nl.leerteam.klassenbezoek;

import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.klassenbezoek.domain.BezoekFocus;
import nl.leerteam.klassenbezoek.domain.BezoekFocusRepository;
import nl.leerteam.klassenbezoek.domain.BezoekNotitie;
import nl.leerteam.klassenbezoek.domain.BezoekNotitieRepository;
import nl.leerteam.klassenbezoek.domain.Klassenbezoek;
import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Classroom visits. A visit is visible to its teacher and its observer only: every method checks
 * that the person is one of the two, and there is no other way to a visit. Every read and change
 * is in the audit log; every free text goes through the privacy check.
 */
@Service
@Transactional
public class KlassenbezoekService {

    static final String ONDERWERP = "KLASSENBEZOEK";
    public static final int MAX_FOCUS = 8;
    public static final int MAX_LEERVRAAG = 1000;
    public static final int MAX_LES = 300;
    public static final int MAX_TEKST = 4000;
    public static final int MAX_DOEL = 1000;
    public static final int MAX_SNELLE_NOTITIE = 1000;
    public static final int MAX_SNELLE_NOTITIES = 200;
    /** A school figure for a criterion rests on at least this many visits, so no single visit shows through. */
    public static final int MINIMUM_BEZOEKEN = 5;

    private final KlassenbezoekRepository bezoeken;
    private final BezoekFocusRepository focus;
    private final BezoekNotitieRepository notities;
    private final KijkwijzerService kijkwijzers;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final AuditLog audit;
    private final Clock clock;
    private final BijeenkomstService bijeenkomsten;

    KlassenbezoekService(KlassenbezoekRepository bezoeken, BezoekFocusRepository focus, BezoekNotitieRepository notities,
                         KijkwijzerService kijkwijzers, OrganisatieService organisatie, PrivacyControle privacy,
                         AuditLog audit, Clock clock, BijeenkomstService bijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
        this.bezoeken = bezoeken;
        this.focus = focus;
        this.notities = notities;
        this.kijkwijzers = kijkwijzers;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.audit = audit;
        this.clock = clock;
    }

    /** The visits where the person is the teacher or the observer, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BezoekSamenvatting> mijnBezoeken() {
        UUID ik = CurrentUser.require().gebruikerId();
        List<Klassenbezoek> lijst = bezoeken.vanMij(ik);
        Map<UUID, String> namen = organisatie.namen(lijst.stream()
                .flatMap(b -> java.util.stream.Stream.of(b.getLeerkrachtId(), b.getObservatorId())).distinct().toList());
        return lijst.stream().map(b -> new BezoekSamenvatting(b.getId(), b.getDatum(), b.getStatus(), b.getSoort(),
                namen.getOrDefault(b.getLeerkrachtId(), ""), namen.getOrDefault(b.getObservatorId(), ""),
                b.getLeerkrachtId().equals(ik), b.getLeervraag())).toList();
    }

    /**
     * The people the person can plan a visit with: as a teacher, the KCs and colleagues of their
     * schools as observer; as a KC or colleague, the teachers of their schools.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Collega> collegas() {
        return collegas(organisatie.mijnOverzicht());
    }

    private List<Collega> collegas(MijnOverzicht overzicht) {
        UUID ik = CurrentUser.require().gebruikerId();
        List<Collega> collegas = new ArrayList<>();
        for (MijnOverzicht.MijnSchool school : overzicht.scholen()) {
            if (school.mijnRollen().isEmpty()) {
                continue;
            }
            for (PersoonSamenvatting p : organisatie.mensenVan(school.school().id())) {
                if (!p.id().equals(ik) && (p.rollen().contains(Rol.LEERKRACHT) || p.rollen().contains(Rol.KC))) {
                    collegas.add(new Collega(p.id(), p.naam(), school.school().id(), school.school().naam(),
                            p.rollen().contains(Rol.KC)));
                }
            }
        }
        collegas.sort(Comparator.comparing(Collega::naam));
        return collegas;
    }

    /**
     * Plans a visit: a teacher asks an observer ({@code ikBenLeerkracht}), or a KC or colleague
     * proposes to visit a teacher. Both work at {@code schoolId}.
     */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC')")
    public UUID plannen(UUID schoolId, UUID anderId, boolean ikBenLeerkracht, LocalDate datum) {
        UUID ik = CurrentUser.require().gebruikerId();
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        Collega ander = collegas(overzicht).stream().filter(c -> c.id().equals(anderId) && c.schoolId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new InvoerFout("ander", "fout.bezoek-collega"));
        Set<Rol> mijnRollen = overzicht.scholen().stream().filter(s -> s.school().id().equals(schoolId))
                .findFirst().map(MijnOverzicht.MijnSchool::mijnRollen).orElse(Set.of());
        controleerDatum(datum);
        UUID leerkracht = ikBenLeerkracht ? ik : anderId;
        UUID observator = ikBenLeerkracht ? anderId : ik;
        if (ikBenLeerkracht && !mijnRollen.contains(Rol.LEERKRACHT)) {
            throw new AccessDeniedException("Only a teacher asks for a visit to their class");
        }
        boolean kc = ikBenLeerkracht ? ander.kc() : mijnRollen.contains(Rol.KC);
        Klassenbezoek bezoek = new Klassenbezoek(CurrentUser.require().bestuurId(), schoolId, leerkracht, observator,
                kc ? BezoekSoort.KC : BezoekSoort.COLLEGIAAL, ik, datum, null, clock.instant());
        bezoeken.saveAndFlush(bezoek);
        audit.registreer(AuditActie.AANGEMAAKT, ONDERWERP, bezoek.getId(), null);
        return bezoek.getId();
    }

    /** The visit, for its teacher or observer; the read is recorded. */
    @PreAuthorize("isAuthenticated()")
    public BezoekDetails bezoek(UUID bezoekId) {
        Klassenbezoek b = vanMij(bezoekId);
        audit.registreer(AuditActie.GELEZEN, ONDERWERP, b.getId(), null);
        return details(b);
    }

    /** Learning question, lesson, group and the chosen criteria; the learning question is required. */
    @PreAuthorize("isAuthenticated()")
    public void voorgesprek(UUID bezoekId, Voorgesprek v, boolean privacyBevestigd) {
        Klassenbezoek b = vanMij(bezoekId);
        if (b.getStatus() != BezoekStatus.GEPLAND && b.getStatus() != BezoekStatus.VOORGESPREK) {
            throw new InvoerFout("leervraag", "fout.bezoek-stap");
        }
        GelijktijdigGewijzigd.controleer(b, v.version());
        controleerDatum(v.datum());
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
        b.voorgesprek(v.datum(), leervraag, les, v.groep(), v.kijkwijzerVersieId(), clock.instant());
        bezoeken.saveAndFlush(b);
        focus.deleteByBezoekId(b.getId());
        focus.flush();
        for (int i = 0; i < gekozen.size(); i++) {
            focus.save(new BezoekFocus(b.getId(), gekozen.get(i), i + 1));
        }
        focus.flush();
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "VOORGESPREK");
    }

    /** The observer starts observing: from now on the kijkwijzer version is fixed for this visit. */
    @PreAuthorize("isAuthenticated()")
    public void observatieStarten(UUID bezoekId, Long version) {
        Klassenbezoek b = alsObservator(bezoekId);
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
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "OBSERVATIE");
    }

    /**
     * Saves what the observer saw of one criterion, as they go: no version, because one observer
     * writes it and every change is kept at once.
     */
    @PreAuthorize("isAuthenticated()")
    public void waarnemen(UUID bezoekId, UUID criteriumId, Waarneming waarneming, String notitie, boolean privacyBevestigd) {
        Klassenbezoek b = alsObservator(bezoekId);
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
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "WAARNEMING");
    }

    /** A quick note during the observation, stamped with the time by itself. */
    @PreAuthorize("isAuthenticated()")
    public void snelleNotitie(UUID bezoekId, String tekst, boolean privacyBevestigd) {
        Klassenbezoek b = alsObservator(bezoekId);
        if (b.getStatus() != BezoekStatus.OBSERVATIE) {
            throw new InvoerFout("tekst", "fout.bezoek-stap");
        }
        String schoon = Tekst.verplicht("tekst", tekst, MAX_SNELLE_NOTITIE);
        if (notities.countByBezoekId(b.getId()) >= MAX_SNELLE_NOTITIES) {
            throw new InvoerFout("tekst", "fout.te-veel", MAX_SNELLE_NOTITIES);
        }
        privacy.controleer(ONDERWERP, b.getId(), Map.of("tekst", schoon), privacyBevestigd);
        notities.saveAndFlush(new BezoekNotitie(b.getId(), clock.instant(), schoon));
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "NOTITIE");
    }

    /** The observer ends the observation; teacher and observer meet for the nagesprek. */
    @PreAuthorize("isAuthenticated()")
    public void naarNagesprek(UUID bezoekId, Long version) {
        Klassenbezoek b = alsObservator(bezoekId);
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.OBSERVATIE) {
            throw new InvoerFout("status", "fout.bezoek-stap");
        }
        b.naar(BezoekStatus.NAGESPREK, clock.instant());
        bezoeken.saveAndFlush(b);
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "NAGESPREK");
    }

    /** The observer records what went well, the feedforward and the next development goal. */
    @PreAuthorize("isAuthenticated()")
    public void nagesprek(UUID bezoekId, String watGingGoed, String feedforward, String ontwikkeldoel, Long version,
                          boolean privacyBevestigd) {
        Klassenbezoek b = alsObservator(bezoekId);
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.NAGESPREK) {
            throw new InvoerFout("watGingGoed", "fout.bezoek-stap");
        }
        String goed = Tekst.optioneel("watGingGoed", watGingGoed, MAX_TEKST);
        String vooruit = Tekst.optioneel("feedforward", feedforward, MAX_TEKST);
        String doel = Tekst.optioneel("ontwikkeldoel", ontwikkeldoel, MAX_DOEL);
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("watGingGoed", goed);
        teksten.put("feedforward", vooruit);
        teksten.put("ontwikkeldoel", doel);
        teksten.values().removeIf(java.util.Objects::isNull);
        privacy.controleer(ONDERWERP, b.getId(), teksten, privacyBevestigd);
        b.nagesprek(goed, vooruit, doel, clock.instant());
        bezoeken.saveAndFlush(b);
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "NAGESPREK");
    }

    /** The teacher's own reflection: only the teacher writes it. */
    @PreAuthorize("isAuthenticated()")
    public void reflectie(UUID bezoekId, String reflectie, Long version, boolean privacyBevestigd) {
        Klassenbezoek b = vanMij(bezoekId);
        if (!b.getLeerkrachtId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("The reflection is the teacher's own");
        }
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.NAGESPREK) {
            throw new InvoerFout("reflectie", "fout.bezoek-stap");
        }
        String schoon = Tekst.optioneel("reflectie", reflectie, MAX_TEKST);
        if (schoon != null) {
            privacy.controleer(ONDERWERP, b.getId(), Map.of("reflectie", schoon), privacyBevestigd);
        }
        b.reflectie(schoon, clock.instant());
        bezoeken.saveAndFlush(b);
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "REFLECTIE");
    }

    /**
     * Teacher or observer close the cycle after the nagesprek, optionally with a follow-up visit.
     *
     * @param vervolgDatum the date of a follow-up visit, or {@code null}
     * @return the follow-up visit, or {@code null}
     */
    @PreAuthorize("isAuthenticated()")
    public UUID afronden(UUID bezoekId, LocalDate vervolgDatum, Long version) {
        Klassenbezoek b = vanMij(bezoekId);
        GelijktijdigGewijzigd.controleer(b, version);
        if (b.getStatus() != BezoekStatus.NAGESPREK) {
            throw new InvoerFout("status", "fout.bezoek-stap");
        }
        b.naar(BezoekStatus.AFGEROND, clock.instant());
        bezoeken.saveAndFlush(b);
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "AFGEROND");
        if (vervolgDatum == null) {
            return null;
        }
        controleerDatum(vervolgDatum);
        Klassenbezoek vervolg = new Klassenbezoek(b.getBestuurId(), b.getSchoolId(), b.getLeerkrachtId(), b.getObservatorId(),
                b.getSoort(), CurrentUser.require().gebruikerId(), vervolgDatum, b.getId(), clock.instant());
        bezoeken.saveAndFlush(vervolg);
        audit.registreer(AuditActie.AANGEMAAKT, ONDERWERP, vervolg.getId(), "VERVOLG");
        return vervolg.getId();
    }

    /**
     * The teacher shares a learning point or good practice from a finished visit with one of their
     * leerteams: only the text they write here, as a proposal for the next meeting's agenda; the
     * observation form itself never leaves the visit.
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void delen(UUID bezoekId, UUID leerteamId, String titel, String tekst, boolean privacyBevestigd) {
        Klassenbezoek b = vanMij(bezoekId);
        if (!b.getLeerkrachtId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the teacher shares from their visit");
        }
        if (b.getStatus() != BezoekStatus.AFGEROND) {
            throw new InvoerFout("titel", "fout.bezoek-stap");
        }
        if (leerteamId == null) {
            throw new InvoerFout("leerteam", "fout.verplicht");
        }
        bijeenkomsten.voorstelDoen(leerteamId, titel, tekst, privacyBevestigd);
        audit.registreer(AuditActie.GEWIJZIGD, ONDERWERP, b.getId(), "GEDEELD");
    }

    /** The schools whose picture the person may see: where they are KC or director. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public List<Collega> schoolbeeldScholen() {
        return organisatie.mijnOverzicht().scholen().stream()
                .filter(s -> s.mijnRollen().contains(Rol.KC) || s.mijnRollen().contains(Rol.DIRECTEUR))
                .map(s -> new Collega(null, s.school().naam(), s.school().id(), s.school().naam(), false)).toList();
    }

    /** Per criterion, how often it was seen across the school's visits in a period; for the school's KC and director. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public Schoolbeeld schoolbeeld(UUID schoolId, LocalDate van, LocalDate tot) {
        Collega school = schoolbeeldScholen().stream().filter(s -> s.schoolId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a school of this KC or director"));
        if (van == null) {
            throw new InvoerFout("van", "fout.verplicht");
        }
        if (tot == null) {
            throw new InvoerFout("tot", "fout.verplicht");
        }
        if (tot.isBefore(van)) {
            throw new InvoerFout("tot", "fout.periode");
        }
        Map<UUID, String[]> criteria = kijkwijzers.criteriaVan(CurrentUser.require().bestuurId());
        List<Schoolbeeld.Criterium> tellingen = bezoeken.tellingen(schoolId, van, tot, MINIMUM_BEZOEKEN).stream().map(t -> {
            String[] c = criteria.getOrDefault(t.getCriteriumId(), new String[]{"", ""});
            return new Schoolbeeld.Criterium(t.getCriteriumId(), c[0], c[1], t.getBezoeken(), t.getGezien(), t.getDeels(),
                    t.getNietGezien(), t.getNvt());
        }).sorted(Comparator.comparing(Schoolbeeld.Criterium::domein).thenComparing(Schoolbeeld.Criterium::tekst)).toList();
        return new Schoolbeeld(schoolId, school.schoolNaam(), van, tot, bezoeken.aantalBezoeken(schoolId, van, tot), tellingen);
    }

    private void controleerDatum(LocalDate datum) {
        if (datum == null) {
            throw new InvoerFout("datum", "fout.verplicht");
        }
        LocalDate vandaag = LocalDate.now(clock);
        if (datum.isBefore(vandaag.minusMonths(3)) || datum.isAfter(vandaag.plusYears(1))) {
            throw new InvoerFout("datum", "fout.bezoek-datum");
        }
    }

    private Klassenbezoek vanMij(UUID bezoekId) {
        UUID ik = CurrentUser.require().gebruikerId();
        return Opzoeken.opId(bezoeken, bezoekId).filter(b -> b.isVan(ik))
                .orElseThrow(Opzoeken::geweigerd);
    }

    private Klassenbezoek alsObservator(UUID bezoekId) {
        Klassenbezoek b = vanMij(bezoekId);
        if (!b.getObservatorId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the observer does this");
        }
        return b;
    }

    private BezoekDetails details(Klassenbezoek b) {
        UUID ik = CurrentUser.require().gebruikerId();
        Map<UUID, String> namen = organisatie.namen(List.of(b.getLeerkrachtId(), b.getObservatorId()));
        Map<UUID, String[]> criteria = new HashMap<>();
        if (b.getKijkwijzerVersieId() != null) {
            kijkwijzers.inhoudVan(b.getKijkwijzerVersieId()).domeinen().forEach(d -> d.criteria()
                    .forEach(c -> criteria.put(c.id(), new String[]{d.naam(), c.tekst(), c.toelichting()})));
        }
        List<BezoekDetails.Focus> gekozen = focus.findByBezoekIdOrderByVolgorde(b.getId()).stream().map(f -> {
            String[] c = criteria.getOrDefault(f.getCriteriumId(), new String[]{"", "", null});
            return new BezoekDetails.Focus(f.getCriteriumId(), c[0], c[1], c[2], f.getWaarneming(), f.getNotitie());
        }).toList();
        List<BezoekDetails.Notitie> snel = notities.findByBezoekIdOrderByTijdstip(b.getId()).stream()
                .map(n -> new BezoekDetails.Notitie(n.getTijdstip(), n.getTekst())).toList();
        return new BezoekDetails(b.getId(), b.getStatus(), b.getSoort(), b.getDatum(), namen.getOrDefault(b.getLeerkrachtId(), ""),
                namen.getOrDefault(b.getObservatorId(), ""), b.getLeerkrachtId().equals(ik), b.getObservatorId().equals(ik),
                b.getLeervraag(), b.getLes(), b.getGroep(), b.getKijkwijzerVersieId(),
                b.getKijkwijzerVersieId() == null ? null : kijkwijzers.naamVan(b.getKijkwijzerVersieId()), gekozen, snel,
                b.getWatGingGoed(), b.getFeedforward(), b.getReflectie(), b.getOntwikkeldoel(), b.getVervolgVanId(),
                b.getVersion());
    }
}
