package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.Kijkwijzer;
import nl.leerteam.klassenbezoek.domain.KijkwijzerRepository;
import nl.leerteam.klassenbezoek.domain.KijkwijzerVersie;
import nl.leerteam.klassenbezoek.domain.KijkwijzerVersieRepository;
import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Opzoeken;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.LeerteamPrincipal;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Kijkwijzers of a board: a KC defines them for their school, board staff for a school or the
 * whole board; everyone of the board reads them. Changing a version that a visit has used makes a
 * new version, so old visits keep the criteria they were held with. Kijkwijzers travel between
 * schools as JSON.
 */
@Service
@Transactional
public class KijkwijzerService {

    public static final int MAX_NAAM = 120;
    public static final int MAX_OMSCHRIJVING = 1000;
    public static final int MAX_DOMEINEN = 15;
    public static final int MAX_CRITERIA_PER_DOMEIN = 30;
    public static final int MAX_CRITERIUM = 300;
    public static final int MAX_TOELICHTING = 1000;
    /** The largest JSON file accepted for an import. */
    public static final int MAX_IMPORT_BYTES = 256 * 1024;
    static final String VOORBEELD = "/nl/leerteam/klassenbezoek/voorbeeld-kijkwijzer.json";

    private final KijkwijzerRepository kijkwijzers;
    private final KijkwijzerVersieRepository versies;
    private final OrganisatieService organisatie;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    KijkwijzerService(KijkwijzerRepository kijkwijzers, KijkwijzerVersieRepository versies, OrganisatieService organisatie,
                      ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.kijkwijzers = kijkwijzers;
        this.versies = versies;
        this.organisatie = organisatie;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The kijkwijzers of the person's board that apply to them: the board's and those of their schools. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KijkwijzerSamenvatting> kijkwijzers() {
        Kijker kijker = kijker();
        List<Kijkwijzer> zichtbaar = kijkwijzers.findByBestuurIdOrderByNaam(kijker.bestuurId()).stream()
                .filter(k -> k.getSchoolId() == null || kijker.scholen().containsKey(k.getSchoolId())).toList();
        Map<UUID, KijkwijzerVersie> laatste = versies.findByKijkwijzerIdIn(zichtbaar.stream().map(Kijkwijzer::getId).toList())
                .stream().collect(Collectors.toMap(KijkwijzerVersie::getKijkwijzerId, Function.identity(),
                        (a, b) -> a.getNummer() >= b.getNummer() ? a : b));
        return zichtbaar.stream().map(k -> {
            KijkwijzerVersie v = laatste.get(k.getId());
            KijkwijzerInhoud inhoud = lees(v.getInhoud());
            return new KijkwijzerSamenvatting(k.getId(), v.getId(), k.getNaam(), k.getSchoolId(),
                    k.getSchoolId() == null ? null : kijker.scholen().get(k.getSchoolId()), v.getNummer(),
                    inhoud.domeinen().size(), inhoud.aantalCriteria(), kijker.magWijzigen(k.getSchoolId()));
        }).sorted(Comparator.comparing(KijkwijzerSamenvatting::naam, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * The criteria of the kijkwijzers that apply at a school of the person (the board's and the school's own),
     * at their latest version: what a trend discussion's intervention can ask the classroom visits to look at.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KijkwijzerCriterium> criteria(UUID schoolId) {
        Kijker kijker = kijker();
        if (!kijker.scholen().containsKey(schoolId)) {
            throw new AccessDeniedException("Not a school of this person");
        }
        List<Kijkwijzer> vanSchool = kijkwijzers.findByBestuurIdOrderByNaam(kijker.bestuurId()).stream()
                .filter(k -> k.getSchoolId() == null || k.getSchoolId().equals(schoolId)).toList();
        Map<UUID, KijkwijzerVersie> laatste = versies.findByKijkwijzerIdIn(vanSchool.stream().map(Kijkwijzer::getId).toList())
                .stream().collect(Collectors.toMap(KijkwijzerVersie::getKijkwijzerId, Function.identity(),
                        (a, b) -> a.getNummer() >= b.getNummer() ? a : b));
        List<KijkwijzerCriterium> criteria = new ArrayList<>();
        for (Kijkwijzer k : vanSchool) {
            lees(laatste.get(k.getId()).getInhoud()).domeinen().forEach(d -> d.criteria()
                    .forEach(c -> criteria.add(new KijkwijzerCriterium(c.id(), k.getNaam(), d.naam(), c.tekst()))));
        }
        return criteria;
    }

    /** Where the person may define kijkwijzers: schools where they are KC, and the whole board ({@code null} id) for board staff. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<KijkwijzerPlek> plekken() {
        Kijker kijker = kijker();
        List<KijkwijzerPlek> plekken = new ArrayList<>();
        if (kijker.bestuurder()) {
            plekken.add(new KijkwijzerPlek(null, null));
        }
        kijker.scholen().entrySet().stream().filter(e -> kijker.magWijzigen(e.getKey()))
                .sorted(Map.Entry.comparingByValue()).forEach(e -> plekken.add(new KijkwijzerPlek(e.getKey(), e.getValue())));
        return plekken;
    }

    /** One kijkwijzer, at its latest version or at {@code versieId}. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public KijkwijzerDetails kijkwijzer(UUID kijkwijzerId, UUID versieId) {
        Kijker kijker = kijker();
        Kijkwijzer k = leesbaar(kijker, kijkwijzerId);
        List<KijkwijzerVersie> alle = versies.findByKijkwijzerIdOrderByNummerDesc(k.getId());
        KijkwijzerVersie getoond = versieId == null ? alle.getFirst()
                : alle.stream().filter(v -> v.getId().equals(versieId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a version of this kijkwijzer"));
        return new KijkwijzerDetails(k.getId(), k.getNaam(), k.getSchoolId(),
                k.getSchoolId() == null ? null : kijker.scholen().get(k.getSchoolId()), kijker.magWijzigen(k.getSchoolId()),
                versie(getoond), lees(getoond.getInhoud()), alle.stream().map(KijkwijzerService::versie).toList(), k.getVersion());
    }

    /**
     * A new kijkwijzer for a school ({@code schoolId}) or for the whole board ({@code null}).
     * New criteria get new ids, also when the content came from an import.
     */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    public UUID aanmaken(UUID schoolId, KijkwijzerInhoud inhoud) {
        Kijker kijker = kijker();
        if (!kijker.magWijzigen(schoolId)) {
            throw new AccessDeniedException("Not allowed to define kijkwijzers here");
        }
        KijkwijzerInhoud schoon = schoon(inhoud, Set.of());
        Kijkwijzer k = new Kijkwijzer(kijker.bestuurId(), schoolId, schoon.naam(), clock.instant());
        kijkwijzers.saveAndFlush(k);
        versies.saveAndFlush(new KijkwijzerVersie(k.getId(), 1, schoon.omschrijving(), schrijf(schoon), clock.instant()));
        gebeurtenissen.publishEvent(new KlassenbezoekGebeurtenis.KijkwijzerAangemaakt(k.getId()));
        return k.getId();
    }

    /**
     * Changes a kijkwijzer from the version the editor read. A version that a visit has used stays
     * as it is and the change becomes the next version; an unused latest version is changed in place.
     */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    public void wijzigen(UUID kijkwijzerId, KijkwijzerInhoud inhoud, Long version) {
        Kijker kijker = kijker();
        Kijkwijzer k = leesbaar(kijker, kijkwijzerId);
        if (!kijker.magWijzigen(k.getSchoolId())) {
            throw new AccessDeniedException("Not allowed to change this kijkwijzer");
        }
        GelijktijdigGewijzigd.controleer(k, version);
        KijkwijzerVersie laatste = versies.findFirstByKijkwijzerIdOrderByNummerDesc(k.getId()).orElseThrow();
        Set<UUID> bekend = lees(laatste.getInhoud()).domeinen().stream().flatMap(d -> d.criteria().stream())
                .map(KijkwijzerInhoud.Criterium::id).collect(Collectors.toSet());
        KijkwijzerInhoud schoon = schoon(inhoud, bekend);
        if (laatste.isGebruikt()) {
            versies.saveAndFlush(new KijkwijzerVersie(k.getId(), laatste.getNummer() + 1, schoon.omschrijving(), schrijf(schoon),
                    clock.instant()));
        } else {
            laatste.vervang(schoon.omschrijving(), schrijf(schoon));
            versies.saveAndFlush(laatste);
        }
        k.hernoem(schoon.naam(), clock.instant());
        kijkwijzers.saveAndFlush(k);
        gebeurtenissen.publishEvent(new KlassenbezoekGebeurtenis.KijkwijzerGewijzigd(k.getId()));
    }

    /** Reads a kijkwijzer from an exported JSON file and adds it as a new one. */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    public UUID importeren(UUID schoolId, byte[] bestand) {
        if (bestand == null || bestand.length == 0) {
            throw new InvoerFout("bestand", "fout.verplicht");
        }
        if (bestand.length > MAX_IMPORT_BYTES) {
            throw new InvoerFout("bestand", "fout.bestand-te-groot", MAX_IMPORT_BYTES / 1024);
        }
        KijkwijzerInhoud inhoud;
        try {
            inhoud = json.readValue(bestand, KijkwijzerInhoud.class);
        } catch (JacksonException e) {
            throw new InvoerFout("bestand", "fout.kijkwijzer-json");
        }
        if (inhoud == null || !KijkwijzerInhoud.FORMAAT.equals(inhoud.formaat())) {
            throw new InvoerFout("bestand", "fout.kijkwijzer-json");
        }
        return aanmaken(schoolId, inhoud);
    }

    /** The latest version as a JSON file for another school (without the ids of this installation). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String exporteren(UUID kijkwijzerId) {
        KijkwijzerDetails details = kijkwijzer(kijkwijzerId, null);
        KijkwijzerInhoud inhoud = details.inhoud();
        KijkwijzerInhoud zonderIds = new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, inhoud.naam(), inhoud.omschrijving(),
                inhoud.domeinen().stream().map(d -> new KijkwijzerInhoud.Domein(d.naam(), d.criteria().stream()
                        .map(c -> new KijkwijzerInhoud.Criterium(null, c.tekst(), c.toelichting())).toList())).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(zonderIds);
    }

    /** The example kijkwijzer Leerteam ships: the phases of a direct-instruction lesson and classroom climate. */
    @PreAuthorize("isAuthenticated()")
    public KijkwijzerInhoud voorbeeld() {
        try (InputStream in = KijkwijzerService.class.getResourceAsStream(VOORBEELD)) {
            return json.readValue(in.readAllBytes(), KijkwijzerInhoud.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of one version, for a visit of this module that already passed its own access check. */
    KijkwijzerInhoud inhoudVan(UUID versieId) {
        return lees(versies.findById(versieId).orElseThrow().getInhoud());
    }

    /** The name of the kijkwijzer a version belongs to, and whether the person may use it at {@code schoolId}. */
    boolean bruikbaarOp(UUID versieId, UUID bestuurId, UUID schoolId) {
        return versies.findById(versieId).flatMap(v -> kijkwijzers.findById(v.getKijkwijzerId()))
                .filter(k -> k.getBestuurId().equals(bestuurId) && (k.getSchoolId() == null || k.getSchoolId().equals(schoolId)))
                .isPresent();
    }

    String naamVan(UUID versieId) {
        return versies.findById(versieId).flatMap(v -> kijkwijzers.findById(v.getKijkwijzerId())).map(Kijkwijzer::getNaam)
                .orElse("");
    }

    /** Domain and text of every criterion the board's kijkwijzers ever had, as the latest version words it. */
    Map<UUID, String[]> criteriaVan(UUID bestuurId) {
        List<UUID> ids = kijkwijzers.findByBestuurIdOrderByNaam(bestuurId).stream().map(Kijkwijzer::getId).toList();
        Map<UUID, String[]> criteria = new java.util.HashMap<>();
        versies.findByKijkwijzerIdIn(ids).stream().sorted(Comparator.comparingInt(KijkwijzerVersie::getNummer))
                .forEach(v -> lees(v.getInhoud()).domeinen().forEach(d -> d.criteria()
                        .forEach(c -> criteria.put(c.id(), new String[]{d.naam(), c.tekst()}))));
        return criteria;
    }

    /** A visit starts observing with this version: from now on it never changes. Part of the visit's own event. */
    void markeerGebruikt(UUID versieId) {
        KijkwijzerVersie versie = versies.findById(versieId).orElseThrow();
        if (!versie.isGebruikt()) {
            versie.markeerGebruikt();
            versies.saveAndFlush(versie);
        }
    }

    /** Checks names, texts and limits; criteria keep a known id, anything else gets a new one. */
    private KijkwijzerInhoud schoon(KijkwijzerInhoud inhoud, Set<UUID> bekend) {
        if (inhoud == null) {
            throw new InvoerFout("naam", "fout.verplicht");
        }
        String naam = Tekst.verplicht("naam", inhoud.naam(), MAX_NAAM);
        String omschrijving = Tekst.optioneel("omschrijving", inhoud.omschrijving(), MAX_OMSCHRIJVING);
        List<KijkwijzerInhoud.Domein> domeinen = inhoud.domeinen() == null ? List.of() : inhoud.domeinen();
        if (domeinen.isEmpty()) {
            throw new InvoerFout("domeinen", "fout.kijkwijzer-leeg");
        }
        if (domeinen.size() > MAX_DOMEINEN) {
            throw new InvoerFout("domeinen", "fout.te-veel", MAX_DOMEINEN);
        }
        Set<UUID> gebruikt = new HashSet<>();
        List<KijkwijzerInhoud.Domein> schoon = new ArrayList<>();
        for (KijkwijzerInhoud.Domein domein : domeinen) {
            String domeinNaam = Tekst.verplicht("domeinen", domein == null ? null : domein.naam(), MAX_NAAM);
            List<KijkwijzerInhoud.Criterium> criteria = domein.criteria() == null ? List.of() : domein.criteria();
            if (criteria.isEmpty()) {
                throw new InvoerFout("domeinen", "fout.domein-leeg", domeinNaam);
            }
            if (criteria.size() > MAX_CRITERIA_PER_DOMEIN) {
                throw new InvoerFout("domeinen", "fout.te-veel", MAX_CRITERIA_PER_DOMEIN);
            }
            List<KijkwijzerInhoud.Criterium> schoneCriteria = new ArrayList<>();
            for (KijkwijzerInhoud.Criterium c : criteria) {
                String tekst = Tekst.verplicht("domeinen", c == null ? null : c.tekst(), MAX_CRITERIUM);
                String toelichting = Tekst.optioneel("domeinen", c.toelichting(), MAX_TOELICHTING);
                UUID id = c.id() != null && bekend.contains(c.id()) && gebruikt.add(c.id()) ? c.id() : UUID.randomUUID();
                schoneCriteria.add(new KijkwijzerInhoud.Criterium(id, tekst, toelichting));
            }
            schoon.add(new KijkwijzerInhoud.Domein(domeinNaam, List.copyOf(schoneCriteria)));
        }
        return new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, naam, omschrijving, List.copyOf(schoon));
    }

    private String schrijf(KijkwijzerInhoud inhoud) {
        return json.writeValueAsString(inhoud);
    }

    private KijkwijzerInhoud lees(String inhoud) {
        return json.readValue(inhoud.getBytes(StandardCharsets.UTF_8), KijkwijzerInhoud.class);
    }

    private static KijkwijzerDetails.Versie versie(KijkwijzerVersie v) {
        return new KijkwijzerDetails.Versie(v.getId(), v.getNummer(), v.isGebruikt(), v.getAangemaakt());
    }

    private Kijkwijzer leesbaar(Kijker kijker, UUID kijkwijzerId) {
        Kijkwijzer k = Opzoeken.verplicht(kijkwijzers, kijkwijzerId);
        if (!k.getBestuurId().equals(kijker.bestuurId())
                || (k.getSchoolId() != null && !kijker.scholen().containsKey(k.getSchoolId()))) {
            throw Opzoeken.geweigerd();
        }
        return k;
    }

    /**
     * Who is looking: their board, the schools they may see kijkwijzers of (id to name), where they are KC.
     */
    private record Kijker(UUID bestuurId, boolean bestuurder, Map<UUID, String> scholen, Set<UUID> kcScholen) {

        boolean magWijzigen(UUID schoolId) {
            return bestuurder || (schoolId != null && kcScholen.contains(schoolId));
        }
    }

    private Kijker kijker() {
        LeerteamPrincipal ik = CurrentUser.require();
        if (ik.bestuurId() == null) {
            throw new AccessDeniedException("Kijkwijzers belong to a board");
        }
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        Map<UUID, String> scholen = overzicht.scholen().stream()
                .collect(Collectors.toMap(s -> s.school().id(), s -> s.school().naam()));
        Set<UUID> kcScholen = overzicht.scholen().stream().filter(s -> s.mijnRollen().contains(Rol.KC))
                .map(s -> s.school().id()).collect(Collectors.toSet());
        return new Kijker(ik.bestuurId(), overzicht.rollen().contains(Rol.BESTUURDER), scholen, kcScholen);
    }
}
