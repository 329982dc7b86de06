package nl.leerteam.organisatie;

import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.organisatie.domain.SchoolwoordRepository;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.Rol;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The words a school's KC has listed as no name (a method, a local project, a nickname of a building), so that a false
 * alarm of the privacy guard is fixed once for everyone who writes at that school. Only the school's KCs keep the list;
 * every addition and removal is in the audit log, and the list shows who added each word.
 */
@Service
@Transactional(readOnly = true)
public class SchoolwoordenService {

    public static final int LANGSTE_WOORD = 60;
    public static final int HOOGSTENS = 300;
    /** Letters first; then letters, digits, spaces and the marks method names use ("Zien!", "Lijn 3", "Alles-in-1"). */
    private static final Pattern WOORDVORM = Pattern.compile("\\p{L}[\\p{L}\\p{N} '’.!&-]*");

    private final Toegang toegang;
    private final SchoolwoordRepository woorden;
    private final SchoolRepository scholen;
    private final GebruikerRepository gebruikers;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock clock;

    SchoolwoordenService(Toegang toegang, SchoolwoordRepository woorden, SchoolRepository scholen,
                         GebruikerRepository gebruikers, ApplicationEventPublisher gebeurtenissen, Clock clock) {
        this.toegang = toegang;
        this.woorden = woorden;
        this.scholen = scholen;
        this.gebruikers = gebruikers;
        this.gebeurtenissen = gebeurtenissen;
        this.clock = clock;
    }

    /** The schools whose list the person keeps: where they are KC. */
    @PreAuthorize("hasRole('KC')")
    public List<SchoolSamenvatting> mijnScholen() {
        Gebruiker ik = toegang.ik();
        List<UUID> kc = ik.schoolIds().stream().filter(s -> ik.heeftRolOp(s, Rol.KC)).toList();
        return kc.isEmpty() ? List.of() : scholen.findByIdInOrderByNaam(kc).stream().map(Samenvattingen::van).toList();
    }

    /** The list of one school, alphabetically; for its KCs. */
    @PreAuthorize("hasRole('KC')")
    public List<Schoolwoord> woorden(UUID schoolId) {
        kcVan(toegang.ik(), schoolId);
        List<nl.leerteam.organisatie.domain.Schoolwoord> lijst = woorden.findBySchoolIdOrderByWoord(schoolId);
        Map<UUID, String> namen = gebruikers.findAllById(lijst.stream().map(nl.leerteam.organisatie.domain.Schoolwoord::getToegevoegdDoor)
                        .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(Gebruiker::getId, Gebruiker::getNaam));
        return lijst.stream().map(w -> new Schoolwoord(w.getId(), w.getWoord(), namen.getOrDefault(w.getToegevoegdDoor(), ""),
                w.getToegevoegdOp())).toList();
    }

    /** Adds a word to the school's list: from now on the guard does not take it for a name for anyone at the school. */
    @PreAuthorize("hasRole('KC')")
    @Transactional
    public Schoolwoord toevoegen(UUID schoolId, String invoer) {
        Gebruiker ik = toegang.ik();
        School school = kcVan(ik, schoolId);
        String woord = invoer == null ? "" : invoer.strip().replaceAll("\\s+", " ");
        if (woord.isEmpty()) {
            throw new InvoerFout("woord", "fout.verplicht");
        }
        if (woord.length() > LANGSTE_WOORD) {
            throw new InvoerFout("woord", "fout.te-lang", LANGSTE_WOORD);
        }
        if (woord.length() < 2 || !WOORDVORM.matcher(woord).matches()) {
            throw new InvoerFout("woord", "fout.schoolwoord.vorm");
        }
        if (woorden.bestaat(schoolId, woord)) {
            throw new InvoerFout("woord", "fout.schoolwoord.bestaat", woord);
        }
        if (woorden.countBySchoolId(schoolId) >= HOOGSTENS) {
            throw new InvoerFout("woord", "fout.schoolwoord.vol", HOOGSTENS);
        }
        var nieuw = woorden.save(new nl.leerteam.organisatie.domain.Schoolwoord(school.getBestuurId(), schoolId, woord,
                ik.getId(), clock.instant()));
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.SchoolwoordToegevoegd(school.getBestuurId(), schoolId, nieuw.getId()));
        return new Schoolwoord(nieuw.getId(), woord, ik.getNaam(), nieuw.getToegevoegdOp());
    }

    /** Takes a word off the school's list: the guard flags it again where it reads like a name. */
    @PreAuthorize("hasRole('KC')")
    @Transactional
    public void verwijderen(UUID schoolId, UUID woordId) {
        School school = kcVan(toegang.ik(), schoolId);
        var woord = woorden.findById(woordId).filter(w -> w.getSchoolId().equals(schoolId)).orElseThrow(Toegang::geweigerd);
        woorden.delete(woord);
        gebeurtenissen.publishEvent(new OrganisatieGebeurtenis.SchoolwoordVerwijderd(school.getBestuurId(), schoolId, woordId));
    }

    /** The words of every school the person works at: what the privacy guard leaves alone in what they write. */
    List<String> vanMijnScholen() {
        Gebruiker ik = toegang.ik();
        return ik.schoolIds().isEmpty() ? List.of() : woorden.woordenVan(ik.schoolIds());
    }

    private School kcVan(Gebruiker ik, UUID schoolId) {
        if (schoolId == null || !ik.heeftRolOp(schoolId, Rol.KC)) {
            throw Toegang.geweigerd();
        }
        return scholen.findById(schoolId).orElseThrow(Toegang::geweigerd);
    }
}
