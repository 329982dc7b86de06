package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.LanguagePreference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a logged-in person may read of their own organisation: schools, leerteams, colleagues. */
@Service
@Transactional(readOnly = true)
public class OrganisatieService implements LanguagePreference {

    private final Toegang toegang;
    private final BestuurRepository besturen;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;
    private final GebruikerRepository gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;

    private final LeerteamI18NProvider i18n;

    OrganisatieService(Toegang toegang, BestuurRepository besturen, SchoolRepository scholen,
                       LeerteamRepository leerteams, GebruikerRepository gebruikers, ApplicationEventPublisher gebeurtenissen,
                       LeerteamI18NProvider i18n) {
        this.i18n = i18n;
        this.gebeurtenissen = gebeurtenissen;
        this.toegang = toegang;
        this.besturen = besturen;
        this.scholen = scholen;
        this.leerteams = leerteams;
        this.gebruikers = gebruikers;
    }

    @PreAuthorize("isAuthenticated()")
    public MijnOverzicht mijnOverzicht() {
        Gebruiker ik = toegang.ik();
        String bestuurNaam = ik.getBestuurId() == null ? null
                : besturen.findById(ik.getBestuurId()).map(b -> b.getNaam()).orElse(null);
        List<School> mijnScholen = ik.isBestuurder() ? scholen.findByBestuurIdOrderByNaam(ik.getBestuurId())
                : ik.schoolIds().isEmpty() ? List.of() : scholen.findByIdInOrderByNaam(ik.schoolIds());
        Map<UUID, School> schoolOpId = mijnScholen.stream().collect(Collectors.toMap(School::getId, Function.identity()));

        List<Leerteam> alleTeams = schoolOpId.isEmpty() ? List.of() : leerteams.findBySchoolIdInOrderByNaam(schoolOpId.keySet());
        List<Leerteam> mijnTeams = new ArrayList<>();
        List<Leerteam> andereTeams = new ArrayList<>();
        List<Leerteam> mijnArchief = new ArrayList<>();
        for (Leerteam team : alleTeams) {
            if (team.isGearchiveerd()) {
                if (team.heeftLid(ik.getId())) {
                    mijnArchief.add(team);
                }
            } else if (team.heeftLid(ik.getId())) {
                mijnTeams.add(team);
            } else if (ik.heeftRolOp(team.getSchoolId(), Rol.KC) || ik.heeftRolOp(team.getSchoolId(), Rol.DIRECTEUR)) {
                andereTeams.add(team);
            }
        }
        Map<UUID, Long> mensenPerSchool = aantalMensenPerSchool(schoolOpId.keySet());
        List<MijnOverzicht.MijnSchool> mijnSchoolOverzicht = mijnScholen.stream()
                .map(s -> new MijnOverzicht.MijnSchool(Samenvattingen.van(s), ik.rollenOp(s.getId()),
                        (int) alleTeams.stream().filter(t -> t.getSchoolId().equals(s.getId()) && !t.isGearchiveerd()).count(),
                        mensenPerSchool.getOrDefault(s.getId(), 0L).intValue()))
                .toList();
        return new MijnOverzicht(ik.getNaam(), bestuurNaam, ik.alleRollen(), mijnSchoolOverzicht,
                Samenvattingen.van(mijnTeams, schoolOpId, gebruikers),
                Samenvattingen.van(andereTeams, schoolOpId, gebruikers), Samenvattingen.van(mijnArchief, schoolOpId, gebruikers));
    }

    /**
     * The circles the person meets in, by id with their names: the leerteams they are a member of and, for a
     * KC or board staff, the board's KC-platform once it exists.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, String> mijnKringen() {
        // The start page's sections each ask for them: one read per request.
        return PerVerzoek.onthouden("kringen." + CurrentUser.require().gebruikerId(), this::leesKringen);
    }

    private Map<UUID, String> leesKringen() {
        Gebruiker ik = toegang.ik();
        Map<UUID, String> kringen = new java.util.LinkedHashMap<>();
        if (!ik.schoolIds().isEmpty()) {
            leerteams.findBySchoolIdInOrderByNaam(ik.schoolIds()).stream().filter(t -> t.heeftLid(ik.getId()) && !t.isGearchiveerd())
                    .forEach(t -> kringen.put(t.getId(), t.getNaam()));
        }
        if (ik.getBestuurId() != null && Toegang.inKcPlatform(ik)) {
            leerteams.findByBestuurIdAndKcPlatformTrue(ik.getBestuurId()).ifPresent(k -> kringen.put(k.getId(), k.getNaam()));
        }
        return java.util.Collections.unmodifiableMap(kringen);
    }

    /** One leerteam with its members; refused for anyone who may not see it. */
    @PreAuthorize("isAuthenticated()")
    public LeerteamSamenvatting leerteam(UUID leerteamId) {
        Gebruiker ik = toegang.ik();
        Leerteam leerteam = toegang.leesbaarLeerteam(ik, leerteamId);
        if (leerteam.isKcPlatform()) {
            return kcPlatformSamenvatting(leerteam);
        }
        School school = scholen.findById(leerteam.getSchoolId()).orElseThrow();
        return Samenvattingen.van(List.of(leerteam), Map.of(school.getId(), school), gebruikers).getFirst();
    }

    /**
     * How the logged-in person relates to a leerteam of their own board. Refused when they are
     * neither a member nor a KC of its school: other roles (a director, board staff) get no relation.
     */
    @PreAuthorize("isAuthenticated()")
    public LeerteamRelatie relatieTot(UUID leerteamId) {
        return PerVerzoek.onthouden("relatie." + CurrentUser.require().gebruikerId() + "." + leerteamId,
                () -> leesRelatie(leerteamId));
    }

    private LeerteamRelatie leesRelatie(UUID leerteamId) {
        Gebruiker ik = toegang.ik();
        Leerteam leerteam = toegang.leesbaarLeerteam(ik, leerteamId);
        if (leerteam.isKcPlatform()) {
            String bestuur = besturen.findById(leerteam.getBestuurId()).map(b -> b.getNaam()).orElse("");
            return new LeerteamRelatie(leerteam.getId(), null, leerteam.getBestuurId(), leerteam.getNaam(), bestuur, true, false, true,
                    ik.isBestuurder(), false);
        }
        boolean lid = leerteam.heeftLid(ik.getId());
        boolean kc = ik.heeftRolOp(leerteam.getSchoolId(), Rol.KC);
        if (!lid && !kc) {
            throw Toegang.geweigerd();
        }
        School school = scholen.findById(leerteam.getSchoolId()).orElseThrow();
        return new LeerteamRelatie(leerteam.getId(), school.getId(), leerteam.getBestuurId(), leerteam.getNaam(),
                school.getNaam(), lid, kc, false, lid && !leerteam.isGearchiveerd(), leerteam.isGearchiveerd());
    }

    /**
     * The KC-platform of the person's board: the circle in which its KCs and board staff meet, made on first use.
     * Refused to anyone else.
     */
    @PreAuthorize("hasAnyRole('KC', 'BESTUURDER')")
    @Transactional
    public UUID kcPlatform() {
        Gebruiker ik = toegang.ik();
        if (ik.getBestuurId() == null || !Toegang.inKcPlatform(ik)) {
            throw Toegang.geweigerd();
        }
        return kcPlatformKring(ik.getBestuurId()).getId();
    }

    /** A board's KC-platform with its members: for Leerteam's own jobs (the demonstration data) only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    @Transactional
    public LeerteamSamenvatting kcPlatformVan(UUID bestuurId) {
        return kcPlatformSamenvatting(kcPlatformKring(bestuurId));
    }

    private Leerteam kcPlatformKring(UUID bestuurId) {
        return leerteams.findByBestuurIdAndKcPlatformTrue(bestuurId).orElseGet(() -> {
            Leerteam kring = leerteams.saveAndFlush(Leerteam.kcPlatform(bestuurId, KC_PLATFORM,
                    "De kwaliteitscoördinatoren van de scholen van het bestuur"));
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.LeerteamOpgeslagen(kring.getId()));
            return kring;
        });
    }

    /** The name of every board's KC-platform circle: a proper name, the same in every language. */
    public static final String KC_PLATFORM = "KC-platform";

    /** The KC-platform's members: the KCs of the board's schools and its board staff. */
    private LeerteamSamenvatting kcPlatformSamenvatting(Leerteam kring) {
        List<School> scholenVanBestuur = scholen.findByBestuurIdOrderByNaam(kring.getBestuurId());
        Map<UUID, Gebruiker> leden = new java.util.LinkedHashMap<>();
        gebruikers.findBySchoolIn(scholenVanBestuur.stream().map(School::getId).toList()).stream()
                .filter(g -> g.getBestuurId().equals(kring.getBestuurId()) && Toegang.inKcPlatform(g)).forEach(g -> leden.put(g.getId(), g));
        gebruikers.findByBestuurIdAndBestuurderTrueOrderByNaam(kring.getBestuurId()).forEach(g -> leden.put(g.getId(), g));
        String bestuur = besturen.findById(kring.getBestuurId()).map(b -> b.getNaam()).orElse("");
        return new LeerteamSamenvatting(kring.getId(), null, bestuur, kring.getNaam(), kring.getOmschrijving(),
                leden.values().stream().map(g -> Samenvattingen.van(g, null))
                        .sorted(java.util.Comparator.comparing(PersoonSamenvatting::naam, String.CASE_INSENSITIVE_ORDER)).toList(),
                kring.getVersion(), false);
    }

    /** The schools where the logged-in person has {@code rol}. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<UUID> mijnScholenMetRol(Rol rol) {
        Gebruiker ik = toegang.ik();
        return ik.schoolIds().stream().filter(s -> ik.heeftRolOp(s, rol)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Who searches, for the search's queries: the leerteams whose cases and meetings they read (by the same rule as
     * {@link #relatieTot}: member, KC of the school, the board's KC-platform), their schools and their KC schools.
     */
    @PreAuthorize("isAuthenticated()")
    public nl.leerteam.shared.zoeken.Zoeker zoeker() {
        return lezer(toegang.ik());
    }

    /**
     * Who reads, for someone other than the one logged in: for Leerteam's own jobs (a notification's digest checks what
     * its reader may still read) only. Nobody, for an unknown or erased person.
     */
    @PreAuthorize("hasRole('SYSTEEM')")
    public nl.leerteam.shared.zoeken.Zoeker lezerVan(UUID gebruikerId) {
        return gebruikers.findWithRollenById(gebruikerId).filter(g -> !g.isGewist()).map(this::lezer)
                .orElseGet(() -> new nl.leerteam.shared.zoeken.Zoeker(gebruikerId, null, java.util.Set.of(), java.util.Set.of(),
                        java.util.Set.of(), false));
    }

    private nl.leerteam.shared.zoeken.Zoeker lezer(Gebruiker ik) {
        if (ik.getBestuurId() == null) {
            return new nl.leerteam.shared.zoeken.Zoeker(ik.getId(), null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false);
        }
        java.util.Set<UUID> kc = ik.schoolIds().stream().filter(s -> ik.heeftRolOp(s, Rol.KC)).collect(Collectors.toSet());
        java.util.Set<UUID> leesbaar = new java.util.HashSet<>();
        leerteams.findByLid(ik.getId()).forEach(t -> leesbaar.add(t.getId()));
        if (!kc.isEmpty()) {
            leerteams.findBySchoolIdInOrderByNaam(kc).forEach(t -> leesbaar.add(t.getId()));
        }
        if (Toegang.inKcPlatform(ik)) {
            leerteams.findByBestuurIdAndKcPlatformTrue(ik.getBestuurId()).ifPresent(t -> leesbaar.add(t.getId()));
        }
        return new nl.leerteam.shared.zoeken.Zoeker(ik.getId(), ik.getBestuurId(), leesbaar, ik.schoolIds(), kc, ik.isBestuurder());
    }

    /** The KCs of each school of the logged-in person's board: who hears of an escalation, who reviews a card. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, java.util.Set<UUID>> kcsPerSchool() {
        UUID bestuur = toegang.ik().getBestuurId();
        return bestuur == null ? Map.of() : kcsPerSchool(scholen.findByBestuurIdOrderByNaam(bestuur).stream().map(School::getId).toList());
    }

    /** Who reads the KC-platform of the logged-in person's board: its schools' KCs and its board staff. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<UUID> platformlezers() {
        UUID bestuur = toegang.ik().getBestuurId();
        if (bestuur == null) {
            return java.util.Set.of();
        }
        java.util.Set<UUID> lezers = new java.util.HashSet<>();
        kcsPerSchool().values().forEach(lezers::addAll);
        gebruikers.findByBestuurIdAndBestuurderTrueOrderByNaam(bestuur).forEach(g -> lezers.add(g.getId()));
        return lezers;
    }

    /** The KCs of these schools, of any board: for Leerteam's own jobs only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, java.util.Set<UUID>> kcsVan(Collection<UUID> schoolIds) {
        return kcsPerSchool(schoolIds);
    }

    private Map<UUID, java.util.Set<UUID>> kcsPerSchool(Collection<UUID> schoolIds) {
        Map<UUID, java.util.Set<UUID>> kcs = new java.util.HashMap<>();
        if (schoolIds.isEmpty()) {
            return kcs;
        }
        for (Gebruiker g : gebruikers.findBySchoolIn(schoolIds)) {
            g.schoolIds().stream().filter(schoolIds::contains).filter(s -> g.heeftRolOp(s, Rol.KC))
                    .forEach(s -> kcs.computeIfAbsent(s, k -> new java.util.HashSet<>()).add(g.getId()));
        }
        return kcs;
    }

    /** The names of these schools: of the person's own board, or any for Leerteam's own jobs. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, String> schoolNamen(Collection<UUID> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        boolean systeem = nl.leerteam.shared.security.CurrentUser.require().rollen().contains(Rol.SYSTEEM);
        UUID bestuur = systeem ? null : toegang.ik().getBestuurId();
        return scholen.findByIdInOrderByNaam(schoolIds).stream().filter(s -> systeem || s.getBestuurId().equals(bestuur))
                .collect(Collectors.toMap(School::getId, School::getNaam));
    }

    /** Where to mail someone and in which language; an erased person, or one without an address, is left out. */
    public record Postadres(UUID id, String naam, String email, Locale taal) {
    }

    /** The addresses of these people, for Leerteam's own mail (notifications) only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, Postadres> postadressen(Collection<UUID> gebruikerIds) {
        if (gebruikerIds.isEmpty()) {
            return Map.of();
        }
        return gebruikers.findByIdIn(gebruikerIds).stream().filter(g -> !g.isGewist() && g.getEmail() != null && !g.getEmail().isBlank())
                .collect(Collectors.toMap(Gebruiker::getId, g -> new Postadres(g.getId(), g.getNaam(), g.getEmail(),
                        LeerteamI18NProvider.supported(g.getTaal()))));
    }

    /** Display names of people of the person's own board, for showing who did what. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, String> namen(Collection<UUID> gebruikerIds) {
        UUID bestuur = toegang.ik().getBestuurId();
        if (gebruikerIds.isEmpty() || bestuur == null) {
            return Map.of();
        }
        // an erased person left their id behind, not their name
        String oudMedewerker = i18n.getTranslation("persoon.oud-medewerker", LeerteamI18NProvider.supported(toegang.ik().getTaal()));
        return gebruikers.namenIn(gebruikerIds, bestuur).stream()
                .collect(Collectors.toMap(rij -> (UUID) rij[0], rij -> ((String) rij[1]).isBlank() ? oudMedewerker : (String) rij[1]));
    }

    /** The names of all schools of the person's own board, by id: what the board's shared spaces show as a card's school. */
    @PreAuthorize("isAuthenticated()")
    public Map<UUID, String> schoolNamenVanBestuur() {
        UUID bestuur = toegang.ik().getBestuurId();
        return bestuur == null ? Map.of() : scholen.findByBestuurIdOrderByNaam(bestuur).stream()
                .collect(Collectors.toMap(School::getId, School::getNaam, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The retention period of closed cases in the person's own board, in months. */
    @PreAuthorize("isAuthenticated()")
    public int bewaartermijnMaanden() {
        Gebruiker ik = toegang.ik();
        return ik.getBestuurId() == null ? 0 : besturen.findById(ik.getBestuurId()).orElseThrow().getBewaartermijnMaanden();
    }

    /** Every board's retention period for finished classroom visits, in months: for Leerteam's retention job only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, Integer> bezoekBewaartermijnen() {
        return besturen.findAll().stream().collect(Collectors.toMap(b -> b.getId(), b -> b.getBezoekBewaartermijnMaanden()));
    }

    /** Every board's retention period for closed cases, in months: for Leerteam's retention job only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, Integer> bewaartermijnen() {
        return besturen.findAll().stream().collect(Collectors.toMap(b -> b.getId(), b -> b.getBewaartermijnMaanden()));
    }

    /** Every school of every board, with its board: for Leerteam's own jobs (the demonstration data) only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, List<SchoolSamenvatting>> scholenPerBestuur() {
        return besturen.findAll().stream().collect(Collectors.toMap(b -> b.getId(),
                b -> scholen.findByBestuurIdOrderByNaam(b.getId()).stream().map(Samenvattingen::van).toList()));
    }

    /**
     * The schools where a person has a role, id to name: for Leerteam's own jobs only, such as the calendar
     * feed that a calendar program fetches without a login.
     */
    @PreAuthorize("hasRole('SYSTEEM')")
    public Map<UUID, String> scholenMetRolVan(UUID gebruikerId) {
        return gebruikers.findById(gebruikerId).map(g -> g.schoolIds().stream().filter(s -> !g.rollenOp(s).isEmpty())
                        .collect(Collectors.toMap(s -> s, s -> scholen.findById(s).map(School::getNaam).orElse(""))))
                .orElse(Map.of());
    }

    /** The people of a school, with their roles there: for Leerteam's own jobs (the demonstration data) only. */
    @PreAuthorize("hasRole('SYSTEEM')")
    public List<PersoonSamenvatting> mensenVanSchool(UUID schoolId) {
        return gebruikers.findBySchoolIn(List.of(schoolId)).stream().map(g -> Samenvattingen.van(g, schoolId)).toList();
    }

    /**
     * Reads of something of the person's school (from the audit log) as the owner sees them: the reader's name and roles
     * at that school, and when. The caller checked that the person owns what was read.
     */
    @PreAuthorize("isAuthenticated()")
    public List<nl.leerteam.shared.domain.Lezing> lezingen(UUID schoolId, List<nl.leerteam.privacy.AuditRegel> reads) {
        if (reads.isEmpty()) {
            return List.of();
        }
        Map<UUID, PersoonSamenvatting> mensen = mensenVan(schoolId).stream()
                .collect(Collectors.toMap(PersoonSamenvatting::id, Function.identity()));
        Map<UUID, String> bekend = namen(reads.stream().map(nl.leerteam.privacy.AuditRegel::gebruikerId).distinct().toList());
        return reads.stream().map(r -> new nl.leerteam.shared.domain.Lezing(bekend.getOrDefault(r.gebruikerId(), ""),
                mensen.containsKey(r.gebruikerId()) ? mensen.get(r.gebruikerId()).rollen() : java.util.Set.<nl.leerteam.shared.security.Rol>of(), r.moment())).toList();
    }

    /** The people who work at a school the person works at. */
    @PreAuthorize("isAuthenticated()")
    public List<PersoonSamenvatting> mensenVan(UUID schoolId) {
        Gebruiker ik = toegang.ik();
        toegang.leesbareSchool(ik, schoolId);
        return gebruikers.findBySchoolIn(List.of(schoolId)).stream().map(g -> Samenvattingen.van(g, schoolId)).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void save(Locale locale) {
        Gebruiker ik = toegang.ikOmTeWijzigen();
        ik.setTaal(LeerteamI18NProvider.supported(locale.getLanguage()).getLanguage());
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.TaalGekozen(ik.getId(), ik.getTaal()));
    }

    private Map<UUID, Long> aantalMensenPerSchool(Collection<UUID> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Map.of();
        }
        return gebruikers.findBySchoolIn(schoolIds).stream()
                .flatMap(g -> g.schoolIds().stream().filter(schoolIds::contains))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
