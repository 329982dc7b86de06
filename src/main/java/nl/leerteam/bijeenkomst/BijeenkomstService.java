package nl.leerteam.bijeenkomst;

import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstAfgerond;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGepland;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGestart;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.BijeenkomstGewijzigd;
import nl.leerteam.bijeenkomst.BijeenkomstGebeurtenis.NaarAgendapuntGegaan;
import nl.leerteam.bijeenkomst.domain.Actiepunt;
import nl.leerteam.bijeenkomst.domain.ActiepuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendapunt;
import nl.leerteam.bijeenkomst.domain.AgendapuntRepository;
import nl.leerteam.bijeenkomst.domain.Agendavoorstel;
import nl.leerteam.bijeenkomst.domain.AgendavoorstelRepository;
import nl.leerteam.bijeenkomst.domain.Besluit;
import nl.leerteam.bijeenkomst.domain.BesluitRepository;
import nl.leerteam.bijeenkomst.domain.Bijeenkomst;
import nl.leerteam.bijeenkomst.domain.BijeenkomstRepository;
import nl.leerteam.organisatie.LeerteamRelatie;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.live.LiveUpdates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
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
 * Meetings of a leerteam, their plan and their course: members plan them, the facilitator starts
 * them, moves everybody from item to item and closes them. Reads the meeting as its people see it;
 * the people watching one meeting share one read of it per node, each with their own access check.
 * The agenda ({@link AgendaService}), the minutes ({@link VerslagService}) and who is present
 * ({@link AanwezigheidService}) have their own services.
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
    static final String ONDERWERP = "BIJEENKOMST";

    private final BijeenkomstRepository bijeenkomsten;
    private final AgendapuntRepository agendapunten;
    private final BesluitRepository besluiten;
    private final ActiepuntRepository actiepunten;
    private final AgendavoorstelRepository voorstellen;
    private final BijeenkomstToegang toegang;
    private final Aanwezigen aanwezigen;
    private final OrganisatieService organisatie;
    private final PrivacyControle privacy;
    private final ApplicationEventPublisher gebeurtenissen;
    private final LiveUpdates live;
    private final Clock clock;
    /** Read when needed: the modules that answer for them depend on meetings, not the other way round. */
    private final org.springframework.beans.factory.ObjectProvider<Agendaverwijzingen> verwijzingen;

    BijeenkomstService(BijeenkomstRepository bijeenkomsten, AgendapuntRepository agendapunten, BesluitRepository besluiten,
                       ActiepuntRepository actiepunten, AgendavoorstelRepository voorstellen, BijeenkomstToegang toegang,
                       Aanwezigen aanwezigen, OrganisatieService organisatie, PrivacyControle privacy,
                       ApplicationEventPublisher gebeurtenissen, LiveUpdates live, Clock clock,
                       org.springframework.beans.factory.ObjectProvider<Agendaverwijzingen> verwijzingen) {
        this.verwijzingen = verwijzingen;
        this.bijeenkomsten = bijeenkomsten;
        this.agendapunten = agendapunten;
        this.besluiten = besluiten;
        this.actiepunten = actiepunten;
        this.voorstellen = voorstellen;
        this.toegang = toegang;
        this.aanwezigen = aanwezigen;
        this.organisatie = organisatie;
        this.privacy = privacy;
        this.gebeurtenissen = gebeurtenissen;
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
        return new BijeenkomstenVanLeerteam(leerteamId, relatie.leerteamNaam(), relatie.schoolNaam(), relatie.plant(),
                List.copyOf(komend), eerder, toegang.leden(leerteamId), relatie.gearchiveerd());
    }

    /** How many meetings and action items the start page shows at most. */
    static final int OP_STARTPAGINA = 5;

    /**
     * For the start page: the running and next meetings of the person's circles with their role in each, and
     * their open action items. Only circles they belong to now, so an item of a leerteam they left drops out.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MijnBijeenkomsten mijnBijeenkomsten() {
        UUID ik = nl.leerteam.shared.security.CurrentUser.require().gebruikerId();
        LocalDate vandaag = LocalDate.now(clock.withZone(Tijdzone.SCHOOL));
        Map<UUID, String> kringen = organisatie.mijnKringen();
        if (kringen.isEmpty()) {
            return new MijnBijeenkomsten(List.of(), List.of(), vandaag);
        }
        org.springframework.data.domain.Limit limiet = org.springframework.data.domain.Limit.of(OP_STARTPAGINA);
        List<MijnBijeenkomsten.Komend> komend = bijeenkomsten.komendVan(kringen.keySet(), vandaag, limiet).stream()
                .map(b -> new MijnBijeenkomsten.Komend(b.getId(), b.getTitel(), kringen.get(b.getLeerteamId()), b.getDatum(),
                        b.getBegintijd(), b.getEindtijd(), b.getStatus(), ik.equals(b.getVoorzitterId()), ik.equals(b.getNotulistId())))
                .toList();
        List<MijnBijeenkomsten.Actiepunt> acties = actiepunten.openVan(ik, kringen.keySet(), limiet).stream()
                .map(a -> new MijnBijeenkomsten.Actiepunt(a.getId(), a.getTekst(), a.getDeadline(), a.getBijeenkomstId(),
                        kringen.get(a.getLeerteamId())))
                .toList();
        return new MijnBijeenkomsten(komend, acties, vandaag);
    }

    /** A member plans a meeting of their leerteam; board staff plan the meetings of the board's KC-platform. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public UUID plannen(UUID leerteamId, BijeenkomstFormulier formulier, boolean privacyBevestigd) {
        LeerteamRelatie relatie = toegang.lid(leerteamId);
        if (relatie.gearchiveerd()) {
            throw new InvoerFout("leerteam", "fout.leerteam-gearchiveerd");
        }
        if (!relatie.plant()) {
            throw new org.springframework.security.access.AccessDeniedException("Board staff plan the KC-platform's meetings");
        }
        Bijeenkomst bijeenkomst = new Bijeenkomst(relatie.bestuurId(), relatie.schoolId(), leerteamId, clock.instant());
        bijeenkomst.plan(plan(formulier, leerteamId, bijeenkomst.getId(), privacyBevestigd));
        bijeenkomsten.saveAndFlush(bijeenkomst);
        gebeurtenissen.publishEvent(new BijeenkomstGepland(bijeenkomst.getId(), leerteamId));
        return bijeenkomst.getId();
    }

    /** A member changes the plan, from the version they read. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void wijzigen(UUID bijeenkomstId, BijeenkomstFormulier formulier, boolean privacyBevestigd) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        if (!gelezen.relatie().lid() || !gelezen.relatie().plant()) {
            throw new org.springframework.security.access.AccessDeniedException("Only who plans the meetings changes the plan");
        }
        Bijeenkomst bijeenkomst = gelezen.bijeenkomst();
        GelijktijdigGewijzigd.controleer(bijeenkomst, formulier.version());
        bijeenkomst.plan(plan(formulier, bijeenkomst.getLeerteamId(), bijeenkomst.getId(), privacyBevestigd));
        bijeenkomsten.saveAndFlush(bijeenkomst);
        gebeurtenissen.publishEvent(new BijeenkomstGewijzigd(bijeenkomstId));
    }

    /** The facilitator opens the meeting at its first item. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void starten(UUID bijeenkomstId, Long version) {
        Bijeenkomst b = toegang.geleid(bijeenkomstId, version);
        b.begin(agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId()).stream().findFirst().map(Agendapunt::getId).orElse(null));
        bijeenkomsten.saveAndFlush(b);
        gebeurtenissen.publishEvent(new BijeenkomstGestart(bijeenkomstId));
    }

    /** The facilitator moves everybody to an item. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void naarAgendapunt(UUID bijeenkomstId, UUID agendapuntId, Long version) {
        Bijeenkomst b = toegang.geleid(bijeenkomstId, version);
        if (agendapuntId != null && !toegang.punt(agendapuntId).getBijeenkomstId().equals(b.getId())) {
            throw new AccessDeniedException("Not an item of this meeting");
        }
        b.begin(agendapuntId);
        b.naarAgendapunt(agendapuntId);
        bijeenkomsten.saveAndFlush(b);
        gebeurtenissen.publishEvent(new NaarAgendapuntGegaan(bijeenkomstId, agendapuntId));
    }

    /** The facilitator closes the meeting; its minutes are then complete. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'BESTUURDER')")
    public void afronden(UUID bijeenkomstId, Long version) {
        Bijeenkomst b = toegang.geleid(bijeenkomstId, version);
        b.rondAf();
        bijeenkomsten.saveAndFlush(b);
        gebeurtenissen.publishEvent(new BijeenkomstAfgerond(bijeenkomstId));
    }

    /** The whole meeting, for its minutes and invitation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BijeenkomstDetails bijeenkomst(UUID bijeenkomstId) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        Gedeeld d = gedeeld(gelezen);
        boolean lid = gelezen.relatie().lid();
        return new BijeenkomstDetails(d.id(), d.leerteamId(), d.leerteamNaam(), gelezen.relatie().schoolNaam(), d.plan(),
                d.status(), d.voorzitterNaam(), d.notulistNaam(), d.huidigId(), gelezen.ikLeid(),
                gelezen.bijeenkomst().getNotulistId().equals(gelezen.ik()), lid, d.agenda(), d.eerder(),
                aanwezigen.van(bijeenkomstId), d.deelnemers(), lid ? d.leden() : List.of(), lid ? d.voorstellen() : List.of());
    }

    /** The meeting's page for the reader, in its parts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BijeenkomstPagina pagina(UUID bijeenkomstId) {
        BijeenkomstToegang.Gelezen gelezen = toegang.leesbaar(bijeenkomstId);
        Gedeeld d = gedeeld(gelezen);
        boolean lid = gelezen.relatie().lid();
        boolean open = d.status() != BijeenkomstStatus.AFGEROND;
        boolean leid = gelezen.ikLeid();
        return new BijeenkomstPagina(d.id(),
                new BijeenkomstPagina.Kop(d.leerteamId(), d.leerteamNaam(), d.plan(), d.status(), d.voorzitterNaam(),
                        d.notulistNaam(), lid && gelezen.relatie().plant() && open, leid && d.status() == BijeenkomstStatus.GEPLAND,
                        leid && d.status() == BijeenkomstStatus.BEZIG, lid ? d.leden() : List.of()),
                new BijeenkomstPagina.Agenda(d.agenda().stream().map(p -> new BijeenkomstPagina.Agenda.Regel(p.id(), p.soort(),
                        p.titel(), p.version())).toList(), d.huidigId(), lid && open, leid && d.status() == BijeenkomstStatus.BEZIG,
                        lid && gelezen.ikSchrijf() && open,
                        gelezen.relatie().kcPlatform() ? AgendapuntSoort.KC_PLATFORM : AgendapuntSoort.LEERTEAM),
                new BijeenkomstPagina.Voorstellen((lid || gelezen.relatie().kc()) && open ? d.voorstellen() : List.of(), lid,
                        gelezen.relatie().kc()),
                new BijeenkomstPagina.OpenActiepunten(d.eerder(), lid),
                new BijeenkomstPagina.Verslag(d.agenda(), lid, gelezen.ikSchrijf() && open, d.plan().datum(),
                        lid ? d.leden() : List.of()),
                new BijeenkomstPagina.Aanwezig(aanwezigen.van(bijeenkomstId)));
    }

    /** What everybody who may see the meeting sees alike; read once per change for all its viewers on a node. */
    private record Gedeeld(UUID id, UUID leerteamId, String leerteamNaam, BijeenkomstFormulier plan, BijeenkomstStatus status,
                           String voorzitterNaam, String notulistNaam, UUID huidigId, List<BijeenkomstDetails.Agendapunt> agenda,
                           List<BijeenkomstDetails.Actiepunt> eerder, List<Persoon> deelnemers, List<Persoon> leden,
                           List<BijeenkomstDetails.Voorstel> voorstellen) {
    }

    private Gedeeld gedeeld(BijeenkomstToegang.Gelezen gelezen) {
        Bijeenkomst b = gelezen.bijeenkomst();
        return live.gedeeld(LIVE_TOPIC, b.getId(), Gedeeld.class, () -> lees(b, gelezen.relatie()));
    }

    private Gedeeld lees(Bijeenkomst b, LeerteamRelatie relatie) {
        List<Agendapunt> agenda = agendapunten.findByBijeenkomstIdOrderByVolgorde(b.getId());
        Map<UUID, List<BijeenkomstDetails.Besluit>> besluitenPerPunt = agenda.isEmpty() ? Map.of()
                : besluiten.findByAgendapuntIdInOrderByAangemaakt(agenda.stream().map(Agendapunt::getId).toList()).stream()
                .collect(Collectors.groupingBy(Besluit::getAgendapuntId,
                        Collectors.mapping(x -> new BijeenkomstDetails.Besluit(x.getId(), x.getTekst()), Collectors.toList())));
        List<Actiepunt> hier = actiepunten.findByBijeenkomstIdOrderByAangemaakt(b.getId());
        List<Actiepunt> eerder = actiepunten.eerderOpenOfHierAfgerond(b.getLeerteamId(), b.getId(), b.getDatum(), b.getBegintijd());
        List<UUID> deelnemerIds = bijeenkomsten.deelnemers(b.getId());
        List<Agendavoorstel> open = b.getStatus() != BijeenkomstStatus.AFGEROND
                ? voorstellen.findByLeerteamIdAndVerwerktFalseOrderByAangemaakt(b.getLeerteamId()) : List.of();
        List<Persoon> leden = toegang.leden(b.getLeerteamId());
        Set<UUID> mensen = new HashSet<>(deelnemerIds);
        mensen.add(b.getVoorzitterId());
        mensen.add(b.getNotulistId());
        hier.forEach(a -> mensen.add(a.getEigenaarId()));
        eerder.forEach(a -> mensen.add(a.getEigenaarId()));
        open.forEach(v -> mensen.add(v.getDoorId()));
        leden.forEach(p -> mensen.remove(p.id()));
        Map<UUID, String> namen = new java.util.HashMap<>(mensen.isEmpty() ? Map.of() : organisatie.namen(mensen));
        leden.forEach(p -> namen.put(p.id(), p.naam()));
        Map<UUID, List<BijeenkomstDetails.Actiepunt>> actiesPerPunt = hier.stream().filter(a -> a.getAgendapuntId() != null)
                .collect(Collectors.groupingBy(Actiepunt::getAgendapuntId, LinkedHashMap::new,
                        Collectors.mapping(a -> regel(a, namen), Collectors.toList())));
        List<BijeenkomstDetails.Agendapunt> punten = agenda.stream().map(p -> new BijeenkomstDetails.Agendapunt(p.getId(),
                p.getSoort(), p.getCasusId(), p.getTrendgesprekId(), verwijzing(p), p.getTitel(), p.getNotities(), besluitenPerPunt.getOrDefault(p.getId(), List.of()),
                actiesPerPunt.getOrDefault(p.getId(), List.of()), p.getVersion())).toList();
        Bijeenkomst.Plan plan = b.getPlan();
        return new Gedeeld(b.getId(), b.getLeerteamId(), relatie.leerteamNaam(),
                new BijeenkomstFormulier(plan.titel(), plan.datum(), plan.begintijd(), plan.eindtijd(), plan.plaats(),
                        plan.onlineLink(), plan.voorzitterId(), plan.notulistId(), b.getVersion()),
                b.getStatus(), namen.getOrDefault(b.getVoorzitterId(), ""), namen.getOrDefault(b.getNotulistId(), ""),
                b.getHuidigAgendapuntId(), punten, eerder.stream().map(a -> regel(a, namen)).toList(),
                Aanwezigen.personen(deelnemerIds, namen), leden, open.stream().map(v -> new BijeenkomstDetails.Voorstel(
                        v.getId(), v.getTitel(), v.getToelichting(), namen.getOrDefault(v.getDoorId(), ""))).toList());
    }

    private String verwijzing(Agendapunt p) {
        if (p.getVerwijzingId() == null) {
            return null;
        }
        return verwijzingen.orderedStream().filter(v -> v.soort() == p.getSoort()).findFirst().map(v -> v.pad(p.getVerwijzingId())).orElse(null);
    }

    static BijeenkomstDetails.Actiepunt regel(Actiepunt a, Map<UUID, String> namen) {
        return new BijeenkomstDetails.Actiepunt(a.getId(), a.getTekst(), a.getEigenaarId(), namen.getOrDefault(a.getEigenaarId(), ""),
                a.getDeadline(), a.isAfgerond(), a.getVersion());
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
        Set<UUID> leden = toegang.leden(leerteamId).stream().map(Persoon::id).collect(Collectors.toSet());
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
}
