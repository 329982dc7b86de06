package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.Leerteam;
import nl.leerteam.organisatie.domain.LeerteamRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.organisatie.domain.Uitnodiging;
import nl.leerteam.organisatie.domain.UitnodigingRepository;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Administration of a board's schools, leerteams, people and roles. Board staff administer every
 * school of their board; a director administers their own school.
 */
@Service
@Transactional
public class BeheerService {

    static final int MAX_NAAM = 200;
    static final int MAX_LEERTEAM_NAAM = 100;
    static final int MAX_OMSCHRIJVING = 500;
    static final int MAX_PLAATS = 100;
    static final int MAX_EMAIL = 320;
    static final int MIN_BEWAARTERMIJN = 1;
    static final int MAX_BEWAARTERMIJN = 120;
    private static final Pattern BRIN = Pattern.compile("[0-9]{2}[A-Z]{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Toegang toegang;
    private final BestuurRepository besturen;
    private final SchoolRepository scholen;
    private final LeerteamRepository leerteams;
    private final GebruikerRepository gebruikers;
    private final UitnodigingRepository uitnodigingen;
    private final UitnodigingMailer mailer;
    private final OrganisatieProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher gebeurtenissen;

    BeheerService(Toegang toegang, BestuurRepository besturen, SchoolRepository scholen, LeerteamRepository leerteams,
                  GebruikerRepository gebruikers, UitnodigingRepository uitnodigingen, UitnodigingMailer mailer,
                  OrganisatieProperties properties, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.gebeurtenissen = gebeurtenissen;
        this.toegang = toegang;
        this.besturen = besturen;
        this.scholen = scholen;
        this.leerteams = leerteams;
        this.gebruikers = gebruikers;
        this.uitnodigingen = uitnodigingen;
        this.mailer = mailer;
        this.properties = properties;
        this.clock = clock;
    }

    /** The schools this person administers. */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public List<SchoolSamenvatting> beheerbareScholen() {
        Gebruiker ik = toegang.ik();
        List<School> lijst = ik.isBestuurder() ? scholen.findByBestuurIdOrderByNaam(ik.getBestuurId())
                : scholen.findByIdInOrderByNaam(ik.getSchoolRollen().stream()
                        .filter(r -> r.rol() == Rol.DIRECTEUR).map(r -> r.schoolId()).toList());
        return lijst.stream().map(Samenvattingen::van).toList();
    }

    @PreAuthorize("hasRole('BESTUURDER')")
    public SchoolSamenvatting schoolOpslaan(SchoolFormulier formulier) {
        Gebruiker ik = vereisBestuurder();
        String naam = Tekst.verplicht("naam", formulier.naam(), MAX_NAAM);
        String brin = Tekst.verplicht("brin", formulier.brin(), 4).toUpperCase(Locale.ROOT);
        if (!BRIN.matcher(brin).matches()) {
            throw new InvoerFout("brin", "fout.brin");
        }
        String plaats = Tekst.optioneel("plaats", formulier.plaats(), MAX_PLAATS);
        School school;
        if (formulier.id() == null) {
            if (scholen.existsByBrin(brin)) {
                throw new InvoerFout("brin", "fout.brin-bestaat");
            }
            school = scholen.save(new School(ik.getBestuurId(), naam, brin, plaats));
        } else {
            school = toegang.beheerbareSchool(ik, formulier.id());
            GelijktijdigGewijzigd.controleer(school, formulier.version());
            if (!school.getBrin().equals(brin) && scholen.existsByBrin(brin)) {
                throw new InvoerFout("brin", "fout.brin-bestaat");
            }
            school.wijzig(naam, brin, plaats);
        }
        scholen.flush();
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.SchoolOpgeslagen(school.getId()));
        return Samenvattingen.van(school);
    }

    /** How long the board keeps closed cases and finished visits; its directors read them too. */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public Bewaartermijnen bewaartermijnen() {
        Gebruiker ik = toegang.ik();
        if (ik.getBestuurId() == null) {
            throw Toegang.geweigerd();
        }
        Bestuur bestuur = besturen.findById(ik.getBestuurId()).orElseThrow();
        return new Bewaartermijnen(bestuur.getBewaartermijnMaanden(), bestuur.getBezoekBewaartermijnMaanden(),
                properties.uitnodigingGeldigheid().toDays());
    }

    /** Sets both periods at once, each between one month and ten years; for board staff. */
    @PreAuthorize("hasRole('BESTUURDER')")
    public void bewaartermijnenInstellen(Integer casusMaanden, Integer bezoekMaanden) {
        Gebruiker ik = vereisBestuurder();
        termijn("casussen", casusMaanden);
        termijn("bezoeken", bezoekMaanden);
        Bestuur bestuur = besturen.findById(ik.getBestuurId()).orElseThrow();
        bestuur.setBewaartermijnMaanden(casusMaanden);
        bestuur.setBezoekBewaartermijnMaanden(bezoekMaanden);
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BewaartermijnIngesteld(ik.getBestuurId(), casusMaanden,
                bezoekMaanden));
    }

    private static void termijn(String veld, Integer maanden) {
        if (maanden == null || maanden < MIN_BEWAARTERMIJN || maanden > MAX_BEWAARTERMIJN) {
            throw new InvoerFout(veld, "fout.bewaartermijn", MIN_BEWAARTERMIJN, MAX_BEWAARTERMIJN);
        }
    }

    /** The board's administrators, active and invited. */
    @PreAuthorize("hasRole('BESTUURDER')")
    @Transactional(readOnly = true)
    public List<PersoonSamenvatting> bestuurders() {
        Gebruiker ik = vereisBestuurder();
        return gebruikers.findByBestuurIdAndBestuurderTrueOrderByNaam(ik.getBestuurId()).stream()
                .map(g -> Samenvattingen.van(g, null)).toList();
    }

    /**
     * Makes someone a board administrator: a person of the board with this address gets the role
     * at once ({@code null} is returned); anyone else is invited.
     */
    @PreAuthorize("hasRole('BESTUURDER')")
    public UitnodigingVerstuurd bestuurderToevoegen(String naamInvoer, String emailInvoer) {
        Gebruiker ik = vereisBestuurder();
        return bestuurderMaken(ik, ik.getBestuurId(), naamInvoer, emailInvoer);
    }

    /**
     * Makes someone of board {@code bestuurId} its administrator, on behalf of {@code door}: the board's own administrator,
     * or the installation's when a board lost its last one. The caller checked who {@code door} is.
     */
    UitnodigingVerstuurd bestuurderMaken(Gebruiker door, UUID bestuurId, String naamInvoer, String emailInvoer) {
        String naam = Tekst.verplicht("naam", naamInvoer, MAX_NAAM);
        String email = geldigEmail(emailInvoer);
        var bestaand = gebruikers.findByBestuurIdAndEmailIgnoreCase(bestuurId, email);
        if (bestaand.isPresent()) {
            if (!bestaand.get().isBestuurder()) {
                bestaand.get().setBestuurder(true);
                gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuursrolGegeven(bestuurId, bestaand.get().getId()));
            }
            return null;
        }
        Gebruiker nieuw = new Gebruiker(bestuurId, naam, email);
        nieuw.setBestuurder(true);
        gebruikers.save(nieuw);
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuursrolGegeven(bestuurId, nieuw.getId()));
        return maakUitnodiging(door, nieuw, besturen.findById(bestuurId).map(Bestuur::getNaam).orElse(""));
    }

    /** Takes the board role away; nobody takes it from themselves, so a board keeps an administrator. */
    @PreAuthorize("hasRole('BESTUURDER')")
    public void bestuurderRolIntrekken(UUID gebruikerId) {
        Gebruiker ik = vereisBestuurder();
        if (ik.getId().equals(gebruikerId)) {
            throw new InvoerFout("bestuurder", "fout.eigen-bestuursrol");
        }
        Gebruiker persoon = gebruikers.findById(gebruikerId).filter(g -> ik.getBestuurId().equals(g.getBestuurId()))
                .orElseThrow(Toegang::geweigerd);
        if (persoon.isBestuurder()) {
            persoon.setBestuurder(false);
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.BestuursrolIngetrokken(ik.getBestuurId(), gebruikerId));
        }
    }

    private Gebruiker vereisBestuurder() {
        Gebruiker ik = toegang.ik();
        if (!ik.isBestuurder()) {
            throw Toegang.geweigerd();
        }
        return ik;
    }

    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    @Transactional(readOnly = true)
    public SchoolBeheer schoolBeheer(UUID schoolId) {
        Gebruiker ik = toegang.ik();
        School school = toegang.beheerbareSchool(ik, schoolId);
        List<LeerteamSamenvatting> teams = Samenvattingen.van(leerteams.findBySchoolIdInOrderByNaam(List.of(schoolId)),
                Map.of(schoolId, school), gebruikers);
        List<Gebruiker> mensen = gebruikers.findBySchoolIn(List.of(schoolId));
        Map<UUID, Gebruiker> uitgenodigd = mensen.stream().filter(g -> !g.heeftIdentiteit())
                .collect(Collectors.toMap(Gebruiker::getId, g -> g));
        Instant nu = clock.instant();
        List<SchoolBeheer.OpenUitnodiging> open = uitgenodigd.isEmpty() ? List.of()
                : uitnodigingen.findByGebruikerIdInOrderByAangemaaktDesc(uitgenodigd.keySet()).stream()
                .filter(u -> u.isOpen(nu))
                .map(u -> new SchoolBeheer.OpenUitnodiging(u.getId(), u.getGebruikerId(),
                        uitgenodigd.get(u.getGebruikerId()).getNaam(), uitgenodigd.get(u.getGebruikerId()).getEmail(),
                        u.getVerlooptOp()))
                .toList();
        return new SchoolBeheer(Samenvattingen.van(school), teams,
                mensen.stream().map(g -> Samenvattingen.van(g, schoolId)).toList(), open);
    }

    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public LeerteamSamenvatting leerteamOpslaan(UUID schoolId, LeerteamFormulier formulier) {
        Gebruiker ik = toegang.ik();
        School school = toegang.beheerbareSchool(ik, schoolId);
        String naam = Tekst.verplicht("naam", formulier.naam(), MAX_LEERTEAM_NAAM);
        String omschrijving = Tekst.optioneel("omschrijving", formulier.omschrijving(), MAX_OMSCHRIJVING);
        Leerteam leerteam;
        if (formulier.id() == null) {
            if (leerteams.existsBySchoolIdAndNaamIgnoreCase(schoolId, naam)) {
                throw new InvoerFout("naam", "fout.leerteam-bestaat");
            }
            leerteam = leerteams.save(new Leerteam(school.getBestuurId(), schoolId, naam, omschrijving));
        } else {
            leerteam = toegang.beheerbaarLeerteam(ik, formulier.id());
            if (!leerteam.getSchoolId().equals(schoolId)) {
                throw Toegang.geweigerd();
            }
            GelijktijdigGewijzigd.controleer(leerteam, formulier.version());
            if (!leerteam.getNaam().equalsIgnoreCase(naam) && leerteams.existsBySchoolIdAndNaamIgnoreCase(schoolId, naam)) {
                throw new InvoerFout("naam", "fout.leerteam-bestaat");
            }
            leerteam.wijzig(naam, omschrijving);
        }
        if (formulier.leden() != null) {
            Set<UUID> vanSchool = gebruikers.findBySchoolIn(List.of(schoolId)).stream()
                    .map(Gebruiker::getId).collect(Collectors.toSet());
            if (!vanSchool.containsAll(formulier.leden())) {
                throw new InvoerFout("leden", "fout.lid-niet-van-school");
            }
            // membership opens the leerteam's cases: another administrator adds you, never yourself
            if (formulier.leden().contains(ik.getId()) && !leerteam.heeftLid(ik.getId())) {
                throw new InvoerFout("leden", "fout.eigen-lidmaatschap");
            }
            Set<UUID> voorheen = leerteam.getLeden();
            leerteam.setLeden(formulier.leden());
            lidmaatschappenGewijzigd(leerteam, voorheen);
        }
        leerteams.flush();
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.LeerteamOpgeslagen(leerteam.getId()));
        return Samenvattingen.van(List.of(leerteam), Map.of(schoolId, school), gebruikers).getFirst();
    }

    /**
     * Archives a leerteam ({@code archief}) or puts it back. Archived, it is gone from every list and nothing new starts
     * in it, while its members keep reading its cases, meetings and minutes; nothing is deleted. Recorded in the audit log.
     */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public void leerteamArchiveren(UUID schoolId, UUID leerteamId, boolean archief) {
        Gebruiker ik = toegang.ik();
        toegang.beheerbareSchool(ik, schoolId);
        Leerteam leerteam = toegang.beheerbaarLeerteam(ik, leerteamId);
        if (!leerteam.getSchoolId().equals(schoolId)) {
            throw Toegang.geweigerd();
        }
        if (leerteam.isGearchiveerd() == archief) {
            return;
        }
        // names stay unique within a school, archive included, so putting one back never makes two of a name
        if (archief) {
            leerteam.archiveer(clock.instant());
        } else {
            leerteam.zetTerug();
        }
        leerteams.flush();
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.LeerteamGearchiveerd(leerteam.getBestuurId(), leerteamId, archief));
    }

    /**
     * Replaces a person's roles at a school. A person left without roles there also leaves the
     * school's leerteams. Nobody can take away their own director role: a school keeps an administrator.
     */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public void rollenInstellen(UUID schoolId, UUID gebruikerId, Set<Rol> rollen) {
        Gebruiker ik = toegang.ik();
        toegang.beheerbareSchool(ik, schoolId);
        if (rollen.stream().anyMatch(r -> !r.isSchoolRol())) {
            throw new InvoerFout("rollen", "fout.geen-schoolrol");
        }
        Gebruiker persoon = gebruikers.findWithRollenById(gebruikerId)
                .filter(g -> ik.getBestuurId().equals(g.getBestuurId()))
                .orElseThrow(Toegang::geweigerd);
        Set<Rol> voorheen = persoon.rollenOp(schoolId);
        if (persoon.getId().equals(ik.getId())) {
            // a role can open pupil cases or visits: another administrator gives it, never you yourself
            if (!ik.isBestuurder() && voorheen.contains(Rol.DIRECTEUR) && !rollen.contains(Rol.DIRECTEUR)) {
                throw new InvoerFout("rollen", "fout.eigen-directeursrol");
            }
            if (!voorheen.containsAll(rollen)) {
                throw new InvoerFout("rollen", "fout.eigen-rol-geven");
            }
        }
        Set<Rol> gegeven = EnumSet.noneOf(Rol.class);
        gegeven.addAll(rollen);
        gegeven.removeAll(voorheen);
        Set<Rol> ingetrokken = EnumSet.noneOf(Rol.class);
        ingetrokken.addAll(voorheen);
        ingetrokken.removeAll(rollen);
        if (gegeven.isEmpty() && ingetrokken.isEmpty()) {
            return;
        }
        persoon.setRollenOp(schoolId, rollen.isEmpty() ? Set.of() : EnumSet.copyOf(rollen));
        if (rollen.isEmpty()) {
            for (Leerteam team : leerteams.findBySchoolIdInOrderByNaam(List.of(schoolId))) {
                if (team.heeftLid(gebruikerId)) {
                    team.verwijderLid(gebruikerId);
                    gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.LidmaatschapGewijzigd(
                            team.getBestuurId(), team.getId(), gebruikerId, false));
                }
            }
        }
        gebruikers.flush();
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.RollenIngesteld(ik.getBestuurId(), schoolId, gebruikerId,
                gegeven, ingetrokken));
    }

    /**
     * Invites a new person to a school with roles and leerteams. The person exists from now on
     * (and shows as invited); their first login through the link binds their identity.
     */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public UitnodigingVerstuurd uitnodigen(UUID schoolId, UitnodigingFormulier formulier) {
        Gebruiker ik = toegang.ik();
        School school = toegang.beheerbareSchool(ik, schoolId);
        String naam = Tekst.verplicht("naam", formulier.naam(), MAX_NAAM);
        String email = geldigEmail(formulier.email());
        if (formulier.rollen() == null || formulier.rollen().isEmpty()) {
            throw new InvoerFout("rollen", "fout.minstens-een-rol");
        }
        if (formulier.rollen().stream().anyMatch(r -> !r.isSchoolRol())) {
            throw new InvoerFout("rollen", "fout.geen-schoolrol");
        }
        if (gebruikers.existsByBestuurIdAndEmail(ik.getBestuurId(), email)) {
            throw new InvoerFout("email", "fout.email-bestaat");
        }
        Set<UUID> teamIds = formulier.leerteamIds() == null ? Set.of() : formulier.leerteamIds();
        List<Leerteam> teams = leerteams.findAllById(teamIds);
        if (teams.size() != teamIds.size() || teams.stream().anyMatch(t -> !t.getSchoolId().equals(schoolId))) {
            throw new InvoerFout("leerteams", "fout.leerteam-niet-van-school");
        }
        Gebruiker nieuw = new Gebruiker(ik.getBestuurId(), naam, email);
        nieuw.setRollenOp(schoolId, EnumSet.copyOf(formulier.rollen()));
        gebruikers.save(nieuw);
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.RollenIngesteld(ik.getBestuurId(), schoolId, nieuw.getId(),
                formulier.rollen(), Set.of()));
        for (Leerteam team : teams) {
            team.voegLidToe(nieuw.getId());
            gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.LidmaatschapGewijzigd(
                    team.getBestuurId(), team.getId(), nieuw.getId(), true));
        }
        return maakUitnodiging(ik, nieuw, besturen.findById(school.getBestuurId()).map(Bestuur::getNaam).orElse(""));
    }

    private void lidmaatschappenGewijzigd(Leerteam leerteam, Set<UUID> voorheen) {
        Set<UUID> nu = leerteam.getLeden();
        nu.stream().filter(id -> !voorheen.contains(id)).forEach(id -> gebeurtenissen.publishEvent(
                new OrganisatieGebeurtenis.LidmaatschapGewijzigd(leerteam.getBestuurId(), leerteam.getId(), id, true)));
        voorheen.stream().filter(id -> !nu.contains(id)).forEach(id -> gebeurtenissen.publishEvent(
                new OrganisatieGebeurtenis.LidmaatschapGewijzigd(leerteam.getBestuurId(), leerteam.getId(), id, false)));
    }

    /** A new link for someone who was invited and has not logged in yet; earlier links stop working. */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public UitnodigingVerstuurd opnieuwUitnodigen(UUID schoolId, UUID gebruikerId) {
        Gebruiker ik = toegang.ik();
        School school = toegang.beheerbareSchool(ik, schoolId);
        Gebruiker persoon = uitgenodigdePersoon(ik, schoolId, gebruikerId);
        Instant nu = clock.instant();
        uitnodigingen.findByGebruikerIdInOrderByAangemaaktDesc(List.of(persoon.getId())).stream()
                .filter(u -> u.isOpen(nu)).forEach(u -> u.trekIn(nu));
        return maakUitnodiging(ik, persoon, besturen.findById(school.getBestuurId()).map(Bestuur::getNaam).orElse(""));
    }

    @PreAuthorize("hasAnyRole('BESTUURDER', 'DIRECTEUR')")
    public void uitnodigingIntrekken(UUID schoolId, UUID uitnodigingId) {
        Gebruiker ik = toegang.ik();
        toegang.beheerbareSchool(ik, schoolId);
        Uitnodiging uitnodiging = uitnodigingen.findById(uitnodigingId)
                .filter(u -> ik.getBestuurId() != null && ik.getBestuurId().equals(u.getBestuurId()))
                .orElseThrow(Toegang::geweigerd);
        uitgenodigdePersoon(ik, schoolId, uitnodiging.getGebruikerId());
        uitnodiging.trekIn(clock.instant());
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.UitnodigingIngetrokken(uitnodigingId));
    }

    private Gebruiker uitgenodigdePersoon(Gebruiker ik, UUID schoolId, UUID gebruikerId) {
        Gebruiker persoon = gebruikers.findWithRollenById(gebruikerId)
                .filter(g -> ik.getBestuurId().equals(g.getBestuurId()) && g.schoolIds().contains(schoolId))
                .orElseThrow(Toegang::geweigerd);
        if (persoon.heeftIdentiteit()) {
            throw new InvoerFout("uitnodiging", "fout.al-actief");
        }
        return persoon;
    }

    /** @param door who invites; {@code null} when the installation itself invites its first administrator */
    UitnodigingVerstuurd maakUitnodiging(Gebruiker door, Gebruiker voor, String bestuurNaam) {
        String code = UitnodigingCodes.nieuweCode();
        Instant verlooptOp = clock.instant().plus(properties.uitnodigingGeldigheid());
        Uitnodiging uitnodiging = uitnodigingen.save(new Uitnodiging(voor.getBestuurId(), voor.getId(), UitnodigingCodes.hash(code),
                verlooptOp, door == null ? null : door.getId()));
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.Uitgenodigd(voor.getId(), uitnodiging.getId()));
        String link = properties.publicUrl() + "/uitnodiging/" + code;
        boolean gemaild = mailer.verstuur(voor.getEmail(), voor.getNaam(), bestuurNaam, door == null ? "Leerteam" : door.getNaam(), link,
                LeerteamI18NProvider.supported(voor.getTaal()));
        return new UitnodigingVerstuurd(voor.getId(), voor.getEmail(), link, verlooptOp, gemaild);
    }

    static String geldigEmail(String waarde) {
        String email = Tekst.verplicht("email", waarde, MAX_EMAIL).toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvoerFout("email", "fout.email");
        }
        return email;
    }
}
