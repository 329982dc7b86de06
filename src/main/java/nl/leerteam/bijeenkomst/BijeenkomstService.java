package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.domain.Aanwezigheid;
import nl.leerteam.bijeenkomst.domain.AanwezigheidRepository;
import nl.leerteam.bijeenkomst.domain.Actiepunt;
import nl.leerteam.bijeenkomst.domain.ActiepuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.Agendavoorstel;
import nl.leerteam.bijeenkomst.domain.AgendavoorstelRepository;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Besluit;
import nl.leerteam.bijeenkomst.domain.BesluitRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Meetings of a leerteam. Members and the school's KCs read them; members plan them and shape the
 * agenda; the facilitator leads (start, current item, close); facilitator and note taker write the
 * notes, decisions and action items. Everyone in the meeting follows along through live updates.
 */
@Service
@Transactional
public class BijeenkomstService {

    /** Live-update topic of one meeting (its id). */
    public static final String LIVE_TOPIC = "bijeenkomst";
    /** Who is in a meeting changed; apart from {@link #LIVE_TOPIC}, so that a join only refreshes the avatars. */
    public static final String LIVE_TOPIC_AANWEZIG = "bijeenkomst-aanwezig";
    public static final int MAX_TITEL = 120;
    public static final int MAX_PLAATS = 200;
    public static final int MAX_LINK = 500;
    public static final int MAX_AGENDATITEL = 200;
    public static final int MAX_NOTITIES = 20_000;
    public static final int MAX_BESLUIT = 1000;
    public static final int MAX_ACTIEPUNT = 500;
    public static final int MAX_AGENDAPUNTEN = 30;
    public static final int MAX_PER_AGENDAPUNT = 50;
    public static final int MAX_VOORSTEL = 2000;
    /** No meeting lasts longer; presence older than this is a window that never said goodbye. */
    static final Duration MAX_AANWEZIG = Duration.ofHours(12);
    static final String ONDERWERP = "BIJEENKOMST";

    private final BijeenkomstRepository bijeenkomsten;
    private final AgendapuntRepository agendapunten;
    private final BesluitRepository besluiten;
    private final ActiepuntRepository actiepunten;
    private final AanwezigheidRepository aanwezigheid;
    private final AgendavoorstelRepository voorstellen;
    private final OrganisatieService organisatie;
    private final CasusService casussen;
    private final PrivacyControle privacy;
    private final LiveUpdates live;
    private final Clock clock;

    BijeenkomstService(BijeenkomstRepository bijeenkomsten, AgendapuntRepository agendapunten, BesluitRepository besluiten,
                       ActiepuntRepository actiepunten, AanwezigheidRepository aanwezigheid,
                       AgendavoorstelRepository voorstellen, OrganisatieService organisatie,
                       CasusService casussen, PrivacyControle privacy, LiveUpdates live, Clock clock) {
        this.bijeenkomsten = bijeenkomsten;
        this.agendapunten = agendapunten;
        this.besluiten = besluiten;
        this.actiepunten = actiepunten;
        this.aanwezigheid = aanwezigheid;
        this.voorstellen = voorstellen;
        this.organisatie = organisatie;
        this.casussen = casussen;
        this.privacy = privacy;
        this.live = live;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BijeenkomstenVanLeerteam bijeenkomstenVan(UUID leerteamId) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        LocalDate vandaag = LocalDate.now(clock.withZone(Tijdzone.SCHOOL));
        List<BijeenkomstSamenvatting> alle = bijeenkomsten.findByLeerteamIdOrderByDatumDescBegintijdDesc(leerteamId).stream()
                .map(b -> new BijeenkomstSamenvatting(b.getId(), b.getTitel(), b.getDatum(), b.getBegintijd(), b.getEindtijd(),
                        b.getPlan().plaats(), b.getStatus())).toList();
        List<BijeenkomstSamenvatting> komend = new ArrayList<>(alle.stream()
                .filter(b -> b.status() != BijeenkomstStatus.AFGEROND && !b.datum().isBefore(vandaag)).toList());
        komend.sort(Comparator.comparing(BijeenkomstSamenvatting::datum).thenComparing(BijeenkomstSamenvatting::begintijd));
        List<BijeenkomstSamenvatting> eerder = alle.stream().filter(b -> !komend.contains(b)).toList();
        return new BijeenkomstenVanLeerteam(leerteamId, relatie.leerteamNaam(), relatie.schoolNaam(), relatie.lid(),
                List.copyOf(komend), eerder, leden(leerteamId));
    }

    /** A member plans a meeting of their leerteam. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public UUID plannen(UUID leerteamId, BijeenkomstFormulier formulier, boolean privacyBevestigd) {
        LeerteamRelatie relatie = lid(leerteamId);
        Bijeenkomst bijeenkomst = new Bijeenkomst(relatie.bestuurId(), relatie.schoolId(), leerteamId, clock.instant());
        bijeenkomst.plan(plan(formulier, leerteamId, bijeenkomst.getId(), privacyBevestigd));
        bijeenkomsten.saveAndFlush(bijeenkomst);
        return bijeenkomst.getId();
    }

    /** A member changes the plan, from the version they read. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void wijzigen(UUID bijeenkomstId, BijeenkomstFormulier formulier, boolean privacyBevestigd) {
        Bijeenkomst bijeenkomst = alsLid(bijeenkomstId);
        GelijktijdigGewijzigd.controleer(bijeenkomst, formulier.version());
        bijeenkomst.plan(plan(formulier, bijeenkomst.getLeerteamId(), bijeenkomst.getId(), privacyBevestigd));
        opslaan(bijeenkomst);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BijeenkomstDetails bijeenkomst(UUID bijeenkomstId) {
        Bijeenkomst b = Opzoeken.verplicht(bijeenkomsten, bijeenkomstId);
        LeerteamRelatie relatie = organisatie.relatieTot(b.getLeerteamId());
        UUID ik = CurrentUser.require().gebruikerId();
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        Map<UUID, List<BijeenkomstDetails.Besluit>> besluitenPerPunt = agenda.isEmpty() ? Map.of()
                : besluiten.findByAgendapuntIdInOrderByAangemaakt(agenda.stream().map(Agendapunt::getId).toList()).stream()
                .collect(Collectors.groupingBy(Besluit::getAgendapuntId,
                        Collectors.mapping(x -> new BijeenkomstDetails.Besluit(x.getId(), x.getTekst()), Collectors.toList())));
        List<Actiepunt> hier = actiepunten.findByBijeenkomstIdOrderByAangemaakt(b.getId());
        List<Actiepunt> eerder = actiepunten.eerderOpenOfHierAfgerond(b.getLeerteamId(), b.getId(), b.getDatum(), b.getBegintijd());
        List<UUID> deelnemerIds = bijeenkomsten.deelnemers(b.getId());
        List<UUID> aanwezigIds = aanwezigIds(b);
        Set<UUID> mensen = new HashSet<>(deelnemerIds);
        mensen.addAll(aanwezigIds);
        mensen.add(b.getVoorzitterId());
        mensen.add(b.getNotulistId());
        hier.forEach(a -> mensen.add(a.getEigenaarId()));
        eerder.forEach(a -> mensen.add(a.getEigenaarId()));
        List<Agendavoorstel> open = relatie.lid() && b.getStatus() != BijeenkomstStatus.AFGEROND
                ? voorstellen.findByLeerteamIdAndVerwerktFalseOrderByAangemaakt(b.getLeerteamId()) : List.of();
        open.forEach(v -> mensen.add(v.getDoorId()));
        Map<UUID, String> namen = organisatie.namen(mensen);
        Map<UUID, List<BijeenkomstDetails.Actiepunt>> actiesPerPunt = hier.stream().filter(a -> a.getAgendapuntId() != null)
                .collect(Collectors.groupingBy(Actiepunt::getAgendapuntId, LinkedHashMap::new,
                        Collectors.mapping(a -> regel(a, namen), Collectors.toList())));
        List<BijeenkomstDetails.Agendapunt> punten = agenda.stream().map(p -> new BijeenkomstDetails.Agendapunt(p.getId(),
                p.getSoort(), p.getCasusId(), p.getTitel(), p.getNotities(), besluitenPerPunt.getOrDefault(p.getId(), List.of()),
                actiesPerPunt.getOrDefault(p.getId(), List.of()), p.getVersion())).toList();
        List<BijeenkomstDetails.CasusKeuze> keuzes = List.of();
        if (relatie.lid() && b.getStatus() != BijeenkomstStatus.AFGEROND) {
            keuzes = casussen.openCasussen(b.getLeerteamId()).stream()
                    .map(c -> new BijeenkomstDetails.CasusKeuze(c.id(), c.pseudoniem(), c.groep())).toList();
        }
        Bijeenkomst.Plan plan = b.getPlan();
        return new BijeenkomstDetails(b.getId(), b.getLeerteamId(), relatie.leerteamNaam(), relatie.schoolNaam(),
                new BijeenkomstFormulier(plan.titel(), plan.datum(), plan.begintijd(), plan.eindtijd(), plan.plaats(),
                        plan.onlineLink(), plan.voorzitterId(), plan.notulistId(), b.getVersion()),
                b.getStatus(), namen.getOrDefault(b.getVoorzitterId(), ""), namen.getOrDefault(b.getNotulistId(), ""),
                b.getHuidigAgendapuntId(), b.getVoorzitterId().equals(ik), b.getNotulistId().equals(ik), relatie.lid(), punten,
                eerder.stream().map(a -> regel(a, namen)).toList(), personen(aanwezigIds, namen), personen(deelnemerIds, namen),
                relatie.lid() ? leden(b.getLeerteamId()) : List.of(), keuzes, open.stream().map(v -> new BijeenkomstDetails.Voorstel(
                        v.getId(), v.getTitel(), v.getToelichting(), namen.getOrDefault(v.getDoorId(), ""))).toList());
    }

    /** A member puts a case or a free topic on the agenda of a meeting that has not ended. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void agendapuntToevoegen(UUID bijeenkomstId, AgendapuntSoort soort, UUID casusId, String titel,
                                    boolean privacyBevestigd) {
        Bijeenkomst b = nietAfgerond(alsLid(bijeenkomstId));
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        if (agenda.size() >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        if (soort == null) {
            throw new InvoerFout("soort", "fout.verplicht");
        }
        int volgorde = agenda.stream().mapToInt(Agendapunt::getVolgorde).max().orElse(0) + 1;
        Agendapunt punt;
        if (soort == AgendapuntSoort.CASUS) {
            if (casusId == null) {
                throw new InvoerFout("casus", "fout.verplicht");
            }
            var casus = casussen.openCasussen(b.getLeerteamId()).stream()
                    .filter(c -> c.id().equals(casusId)).findFirst()
                    .orElseThrow(() -> new InvoerFout("casus", "fout.casus-niet-van-leerteam"));
            if (agenda.stream().anyMatch(p -> casusId.equals(p.getCasusId()))) {
                throw new InvoerFout("casus", "fout.casus-al-op-agenda");
            }
            // The pseudonym is the item's title: stored words stay the same in every language.
            punt = new Agendapunt(b.getId(), volgorde, soort, casusId, casus.pseudoniem());
        } else {
            String schoon = Tekst.verplicht("titel", titel, MAX_AGENDATITEL);
            privacy.controleer(ONDERWERP, b.getId(), Map.of("titel", schoon), privacyBevestigd);
            punt = new Agendapunt(b.getId(), volgorde, soort, null, schoon);
        }
        agendapunten.saveAndFlush(punt);
        live.publish(LIVE_TOPIC, b.getId());
    }

    /**
     * A member proposes something for the leerteam's next agenda; it waits on every agenda until a
     * member puts it on one.
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void voorstelDoen(UUID leerteamId, String titel, String toelichting, boolean privacyBevestigd) {
        LeerteamRelatie relatie = lid(leerteamId);
        String kop = Tekst.verplicht("titel", titel, MAX_AGENDATITEL);
        String tekst = Tekst.optioneel("toelichting", toelichting, MAX_VOORSTEL);
        if (voorstellen.countByLeerteamIdAndVerwerktFalse(leerteamId) >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        Map<String, String> teksten = new LinkedHashMap<>();
        teksten.put("titel", kop);
        if (tekst != null) {
            teksten.put("toelichting", tekst);
        }
        privacy.controleer(ONDERWERP, leerteamId, teksten, privacyBevestigd);
        voorstellen.saveAndFlush(new Agendavoorstel(relatie.bestuurId(), leerteamId, kop, tekst,
                CurrentUser.require().gebruikerId(), clock.instant()));
    }

    /** A member puts a proposal on this meeting's agenda; its text becomes the item's first notes. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void voorstelOpAgenda(UUID bijeenkomstId, UUID voorstelId) {
        Bijeenkomst b = nietAfgerond(alsLid(bijeenkomstId));
        Agendavoorstel voorstel = Opzoeken.opId(voorstellen, voorstelId)
                .filter(v -> v.getLeerteamId().equals(b.getLeerteamId()) && !v.isVerwerkt())
                .orElseThrow(() -> new AccessDeniedException("Not an open proposal of this leerteam"));
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        if (agenda.size() >= MAX_AGENDAPUNTEN) {
            throw new InvoerFout("titel", "fout.te-veel", MAX_AGENDAPUNTEN);
        }
        Agendapunt punt = new Agendapunt(b.getId(), agenda.stream().mapToInt(Agendapunt::getVolgorde).max().orElse(0) + 1,
                AgendapuntSoort.ONDERWERP, null, voorstel.getTitel());
        punt.schrijfNotities(voorstel.getToelichting());
        agendapunten.saveAndFlush(punt);
        voorstel.opAgenda(punt.getId());
        voorstellen.saveAndFlush(voorstel);
        live.publish(LIVE_TOPIC, b.getId());
    }

    /** A member takes an item off the agenda, with what was written on it. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void agendapuntVerwijderen(UUID agendapuntId, Long version) {
        Agendapunt punt = punt(agendapuntId);
        Bijeenkomst b = nietAfgerond(alsLid(punt.getBijeenkomstId()));
        GelijktijdigGewijzigd.controleer(punt, version);
        if (punt.getId().equals(b.getHuidigAgendapuntId())) {
            b.naarAgendapunt(null);
            opslaan(b);
        }
        agendapunten.delete(punt);
        agendapunten.flush();
        live.publish(LIVE_TOPIC, b.getId());
    }

    /** A member moves an item one place up or down. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void agendapuntVerplaatsen(UUID agendapuntId, boolean omhoog) {
        Agendapunt punt = punt(agendapuntId);
        Bijeenkomst b = nietAfgerond(alsLid(punt.getBijeenkomstId()));
        List<Agendapunt> agenda = new ArrayList<>(agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId()));
        int index = agenda.indexOf(punt);
        int ander = omhoog ? index - 1 : index + 1;
        if (ander < 0 || ander >= agenda.size()) {
            return;
        }
        agenda.set(index, agenda.get(ander));
        agenda.set(ander, punt);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).zetVolgorde(i + 1);
        }
        agendapunten.saveAllAndFlush(agenda);
        live.publish(LIVE_TOPIC, b.getId());
    }

    /** The facilitator opens the meeting at its first item. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void starten(UUID bijeenkomstId, Long version) {
        Bijeenkomst b = geleid(bijeenkomstId, version);
        b.begin(agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId()).stream().findFirst().map(Agendapunt::getId).orElse(null));
        opslaan(b);
    }

    /** The facilitator moves everybody to an item. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void naarAgendapunt(UUID bijeenkomstId, UUID agendapuntId, Long version) {
        Bijeenkomst b = geleid(bijeenkomstId, version);
        if (agendapuntId != null && !punt(agendapuntId).getBijeenkomstId().equals(b.getId())) {
            throw new AccessDeniedException("Not an item of this meeting");
        }
        b.begin(agendapuntId);
        b.naarAgendapunt(agendapuntId);
        opslaan(b);
    }

    /** The facilitator closes the meeting; its minutes are then complete. */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void afronden(UUID bijeenkomstId, Long version) {
        Bijeenkomst b = geleid(bijeenkomstId, version);
        b.rondAf();
        opslaan(b);
    }

    /** Facilitator or note taker save the notes of an item, from the version they read. */
    @PreAuthorize("isAuthenticated()")
    public void notitiesOpslaan(UUID agendapuntId, String notities, Long version, boolean privacyBevestigd) {
        Agendapunt punt = punt(agendapuntId);
        Bijeenkomst b = schrijver(punt.getBijeenkomstId());
        GelijktijdigGewijzigd.controleer(punt, version);
        String schoon = Tekst.optioneel("notities", notities, MAX_NOTITIES);
        if (schoon != null) {
            privacy.controleer(ONDERWERP, b.getId(), Map.of("notities", schoon), privacyBevestigd);
        }
        punt.schrijfNotities(schoon);
        agendapunten.saveAndFlush(punt);
        live.publish(LIVE_TOPIC, b.getId());
    }

    @PreAuthorize("isAuthenticated()")
    public void besluitToevoegen(UUID agendapuntId, String tekst, boolean privacyBevestigd) {
        Agendapunt punt = punt(agendapuntId);
        Bijeenkomst b = schrijver(punt.getBijeenkomstId());
        String schoon = Tekst.verplicht("besluit", tekst, MAX_BESLUIT);
        if (besluiten.countByAgendapuntId(agendapuntId) >= MAX_PER_AGENDAPUNT) {
            throw new InvoerFout("besluit", "fout.te-veel", MAX_PER_AGENDAPUNT);
        }
        privacy.controleer(ONDERWERP, b.getId(), Map.of("besluit", schoon), privacyBevestigd);
        besluiten.saveAndFlush(new Besluit(agendapuntId, schoon, clock.instant()));
        live.publish(LIVE_TOPIC, b.getId());
    }

    @PreAuthorize("isAuthenticated()")
    public void besluitVerwijderen(UUID besluitId) {
        Besluit besluit = Opzoeken.verplicht(besluiten, besluitId);
        Bijeenkomst b = schrijver(punt(besluit.getAgendapuntId()).getBijeenkomstId());
        besluiten.delete(besluit);
        besluiten.flush();
        live.publish(LIVE_TOPIC, b.getId());
    }

    /** An action item for a member of the leerteam, by a date. */
    @PreAuthorize("isAuthenticated()")
    public void actiepuntToevoegen(UUID agendapuntId, String tekst, UUID eigenaarId, LocalDate deadline, boolean privacyBevestigd) {
        Agendapunt punt = punt(agendapuntId);
        Bijeenkomst b = schrijver(punt.getBijeenkomstId());
        String schoon = Tekst.verplicht("actiepunt", tekst, MAX_ACTIEPUNT);
        if (eigenaarId == null || leden(b.getLeerteamId()).stream().noneMatch(p -> p.id().equals(eigenaarId))) {
            throw new InvoerFout("eigenaar", "fout.eigenaar-lid");
        }
        if (deadline == null) {
            throw new InvoerFout("deadline", "fout.verplicht");
        }
        if (deadline.isBefore(b.getDatum()) || deadline.isAfter(b.getDatum().plusYears(1))) {
            throw new InvoerFout("deadline", "fout.deadline");
        }
        if (actiepunten.countByBijeenkomstId(b.getId()) >= MAX_PER_AGENDAPUNT * 2) {
            throw new InvoerFout("actiepunt", "fout.te-veel", MAX_PER_AGENDAPUNT * 2);
        }
        privacy.controleer(ONDERWERP, b.getId(), Map.of("actiepunt", schoon), privacyBevestigd);
        actiepunten.saveAndFlush(new Actiepunt(b.getBestuurId(), b.getLeerteamId(), b.getId(), agendapuntId, schoon, eigenaarId,
                deadline, clock.instant()));
        live.publish(LIVE_TOPIC, b.getId());
    }

    /**
     * A member ticks an action item off (or on again). Ticked off in a meeting, the minutes of that
     * meeting show it done.
     *
     * @param inBijeenkomst the meeting it is ticked off in, or {@code null}
     */
    @PreAuthorize("hasRole('LEERKRACHT')")
    public void actiepuntAfvinken(UUID actiepuntId, boolean afgerond, UUID inBijeenkomst, Long version) {
        Actiepunt actiepunt = Opzoeken.verplicht(actiepunten, actiepuntId);
        lid(actiepunt.getLeerteamId());
        GelijktijdigGewijzigd.controleer(actiepunt, version);
        UUID in = null;
        if (inBijeenkomst != null) {
            Bijeenkomst b = leesbaar(inBijeenkomst);
            if (!b.getLeerteamId().equals(actiepunt.getLeerteamId())) {
                throw new AccessDeniedException("Another leerteam's meeting");
            }
            in = b.getId();
        }
        if (afgerond) {
            actiepunt.rondAf(in, clock.instant());
        } else {
            actiepunt.heropen();
        }
        actiepunten.saveAndFlush(actiepunt);
        live.publish(LIVE_TOPIC, actiepunt.getBijeenkomstId());
        if (in != null) {
            live.publish(LIVE_TOPIC, in);
        }
    }

    /**
     * A browser window opened the meeting: its person is present, and counts as a participant.
     *
     * @param verbindingId a new random id per window, the key to leave again
     */
    @PreAuthorize("isAuthenticated()")
    public void binnenkomen(UUID bijeenkomstId, UUID verbindingId) {
        Bijeenkomst b = leesbaar(bijeenkomstId);
        UUID ik = CurrentUser.require().gebruikerId();
        aanwezigheid.verwijderOuderDan(clock.instant().minus(MAX_AANWEZIG));
        aanwezigheid.saveAndFlush(new Aanwezigheid(verbindingId, b.getId(), ik, clock.instant()));
        bijeenkomsten.voegDeelnemerToe(b.getId(), ik);
        live.publish(LIVE_TOPIC_AANWEZIG, b.getId());
    }

    /** Who has the meeting open now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Persoon> aanwezig(UUID bijeenkomstId) {
        Bijeenkomst b = leesbaar(bijeenkomstId);
        List<UUID> ids = aanwezigIds(b);
        return personen(ids, organisatie.namen(new HashSet<>(ids)));
    }

    private List<UUID> aanwezigIds(Bijeenkomst b) {
        return aanwezigheid.findByBijeenkomstIdAndSindsAfter(b.getId(), clock.instant().minus(MAX_AANWEZIG))
                .stream().map(Aanwezigheid::getGebruikerId).distinct().toList();
    }

    /** The window closed or navigated away. */
    @PreAuthorize("isAuthenticated()")
    public void vertrekken(UUID verbindingId) {
        aanwezigheid.findById(verbindingId).ifPresent(a -> {
            if (!a.getGebruikerId().equals(CurrentUser.require().gebruikerId())) {
                throw new AccessDeniedException("Someone else's window");
            }
            aanwezigheid.delete(a);
            aanwezigheid.flush();
            live.publish(LIVE_TOPIC_AANWEZIG, a.getBijeenkomstId());
        });
    }

    private Bijeenkomst.Plan plan(BijeenkomstFormulier f, UUID leerteamId, UUID bijeenkomstId, boolean privacyBevestigd) {
        String titel = Tekst.verplicht("titel", f.titel(), MAX_TITEL);
        if (f.datum() == null) {
            throw new InvoerFout("datum", "fout.verplicht");
        }
        LocalDate vandaag = LocalDate.now(clock.withZone(Tijdzone.SCHOOL));
        if (f.datum().isBefore(vandaag.minusYears(1)) || f.datum().isAfter(vandaag.plusYears(2))) {
            throw new InvoerFout("datum", "fout.bijeenkomst-datum");
        }
        if (f.begintijd() == null) {
            throw new InvoerFout("begintijd", "fout.verplicht");
        }
        if (f.eindtijd() == null) {
            throw new InvoerFout("eindtijd", "fout.verplicht");
        }
        if (!f.eindtijd().isAfter(f.begintijd())) {
            throw new InvoerFout("eindtijd", "fout.eindtijd");
        }
        String plaats = Tekst.optioneel("plaats", f.plaats(), MAX_PLAATS);
        String link = Tekst.optioneel("onlineLink", f.onlineLink(), MAX_LINK);
        if (link != null) {
            link = veiligeLink(link);
        }
        if (plaats == null && link == null) {
            throw new InvoerFout("plaats", "fout.plaats-of-link");
        }
        Set<UUID> leden = leden(leerteamId).stream().map(Persoon::id).collect(Collectors.toSet());
        if (f.voorzitterId() == null || !leden.contains(f.voorzitterId())) {
            throw new InvoerFout("voorzitter", "fout.eigenaar-lid");
        }
        if (f.notulistId() == null || !leden.contains(f.notulistId())) {
            throw new InvoerFout("notulist", "fout.eigenaar-lid");
        }
        privacy.controleer(ONDERWERP, bijeenkomstId, plaats == null ? Map.of("titel", titel) : Map.of("titel", titel, "plaats", plaats),
                privacyBevestigd);
        return new Bijeenkomst.Plan(titel, f.datum(), f.begintijd().withSecond(0).withNano(0),
                f.eindtijd().withSecond(0).withNano(0), plaats, link, f.voorzitterId(), f.notulistId());
    }

    /** Only web links: a {@code javascript:} or other scheme never becomes a clickable link. */
    static String veiligeLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // fall through to the refusal
        }
        throw new InvoerFout("onlineLink", "fout.link");
    }

    private List<Persoon> leden(UUID leerteamId) {
        return organisatie.leerteam(leerteamId).leden().stream().map(p -> new Persoon(p.id(), p.naam())).toList();
    }

    private static List<Persoon> personen(List<UUID> ids, Map<UUID, String> namen) {
        return ids.stream().map(id -> new Persoon(id, namen.getOrDefault(id, ""))).sorted(Comparator.comparing(Persoon::naam)).toList();
    }

    private static BijeenkomstDetails.Actiepunt regel(Actiepunt a, Map<UUID, String> namen) {
        return new BijeenkomstDetails.Actiepunt(a.getId(), a.getTekst(), a.getEigenaarId(), namen.getOrDefault(a.getEigenaarId(), ""),
                a.getDeadline(), a.isAfgerond(), a.getVersion());
    }

    private Bijeenkomst leesbaar(UUID bijeenkomstId) {
        Bijeenkomst b = Opzoeken.verplicht(bijeenkomsten, bijeenkomstId);
        organisatie.relatieTot(b.getLeerteamId());
        return b;
    }

    private Agendapunt punt(UUID agendapuntId) {
        return Opzoeken.verplicht(agendapunten, agendapuntId);
    }

    /** A meeting of a leerteam the person is a member of (one access check, not two). */
    private Bijeenkomst alsLid(UUID bijeenkomstId) {
        Bijeenkomst b = Opzoeken.verplicht(bijeenkomsten, bijeenkomstId);
        lid(b.getLeerteamId());
        return b;
    }

    private LeerteamRelatie lid(UUID leerteamId) {
        LeerteamRelatie relatie = organisatie.relatieTot(leerteamId);
        if (!relatie.lid()) {
            throw new AccessDeniedException("Only members of the leerteam");
        }
        return relatie;
    }

    private static Bijeenkomst nietAfgerond(Bijeenkomst b) {
        if (b.getStatus() == BijeenkomstStatus.AFGEROND) {
            throw new InvoerFout("bijeenkomst", "fout.bijeenkomst-afgerond");
        }
        return b;
    }

    private Bijeenkomst geleid(UUID bijeenkomstId, Long version) {
        Bijeenkomst b = nietAfgerond(leesbaar(bijeenkomstId));
        if (!b.getVoorzitterId().equals(CurrentUser.require().gebruikerId())) {
            throw new AccessDeniedException("Only the facilitator leads the meeting");
        }
        GelijktijdigGewijzigd.controleer(b, version);
        return b;
    }

    private Bijeenkomst schrijver(UUID bijeenkomstId) {
        Bijeenkomst b = leesbaar(bijeenkomstId);
        UUID ik = CurrentUser.require().gebruikerId();
        if (!b.getVoorzitterId().equals(ik) && !b.getNotulistId().equals(ik)) {
            throw new AccessDeniedException("Facilitator and note taker write the minutes");
        }
        return b;
    }

    private void opslaan(Bijeenkomst b) {
        bijeenkomsten.saveAndFlush(b);
        live.publish(LIVE_TOPIC, b.getId());
    }
}
