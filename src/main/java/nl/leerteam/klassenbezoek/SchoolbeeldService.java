package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.klassenbezoek.domain.SchoolbeeldArchief;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The school picture: per criterion, how often it was seen across a school's visits, for its KC and
 * director. Counts only, never one teacher's visit.
 */
@Service
@Transactional(readOnly = true)
public class SchoolbeeldService {

    /** A school figure rests on at least this many visits, so no single visit shows through ({@link KleineAantallen}). */
    public static final int MINIMUM_BEZOEKEN = KleineAantallen.MINIMUM;

    private final KlassenbezoekRepository bezoeken;
    private final SchoolbeeldArchief archief;
    private final KijkwijzerService kijkwijzers;
    private final OrganisatieService organisatie;

    private final Clock clock;

    SchoolbeeldService(KlassenbezoekRepository bezoeken, SchoolbeeldArchief archief, KijkwijzerService kijkwijzers,
                       OrganisatieService organisatie, Clock clock) {
        this.archief = archief;
        this.clock = clock;
        this.bezoeken = bezoeken;
        this.kijkwijzers = kijkwijzers;
        this.organisatie = organisatie;
    }

    /** The schools whose picture the person may see: where they are KC or director. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public List<Collega> schoolbeeldScholen() {
        return organisatie.mijnOverzicht().scholen().stream()
                .filter(s -> s.mijnRollen().contains(Rol.KC) || s.mijnRollen().contains(Rol.DIRECTEUR))
                .map(s -> new Collega(null, s.school().naam(), s.school().id(), s.school().naam(), false)).toList();
    }

    /** The school years a picture can be asked for: this one and the four before it. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public List<Schooljaar> schooljaren() {
        List<Schooljaar> jaren = new ArrayList<>();
        for (Schooljaar jaar = Schooljaar.van(LocalDate.now(clock)); jaren.size() < 5; jaar = jaar.vorige()) {
            jaren.add(jaar);
        }
        return jaren;
    }

    /**
     * Per criterion, how often it was seen across the school's visits in a school year or one of its
     * halves; for the school's KC and director. Only fixed periods: two chosen windows a day apart
     * would single out that day's visit. Every number follows {@link KleineAantallen}.
     */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public Schoolbeeld schoolbeeld(UUID schoolId, Schooljaar jaar, Schooljaar.Periode periode) {
        Collega school = schoolbeeldScholen().stream().filter(s -> s.schoolId().equals(schoolId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a school of this KC or director"));
        if (jaar == null) {
            throw new InvoerFout("schooljaar", "fout.verplicht");
        }
        if (periode == null) {
            throw new InvoerFout("periode", "fout.verplicht");
        }
        SchoolbeeldTelling.Getoond getoond = switch (periode) {
            case EERSTE_HELFT -> telling(schoolId, jaar, Schooljaar.Periode.EERSTE_HELFT).getoond();
            case TWEEDE_HELFT -> telling(schoolId, jaar, Schooljaar.Periode.TWEEDE_HELFT).getoond();
            case SCHOOLJAAR -> SchoolbeeldTelling.jaar(telling(schoolId, jaar, Schooljaar.Periode.EERSTE_HELFT),
                    telling(schoolId, jaar, Schooljaar.Periode.TWEEDE_HELFT));
        };
        Map<UUID, String[]> criteria = kijkwijzers.criteriaVan(CurrentUser.require().bestuurId());
        List<Schoolbeeld.Criterium> rijen = getoond.criteria().entrySet().stream().map(e -> {
            String[] c = criteria.getOrDefault(e.getKey(), new String[]{"", ""});
            KleineAantallen.Rij rij = e.getValue();
            return new Schoolbeeld.Criterium(e.getKey(), c[0], c[1], rij.totaal(), rij.deel(0), rij.deel(1), rij.deel(2), rij.deel(3));
        }).sorted(Comparator.comparing(Schoolbeeld.Criterium::domein).thenComparing(Schoolbeeld.Criterium::tekst)).toList();
        return new Schoolbeeld(schoolId, school.schoolNaam(), jaar, periode, getoond.bezoeken(), rijen);
    }

    private SchoolbeeldTelling telling(UUID schoolId, Schooljaar jaar, Schooljaar.Periode helft) {
        LocalDate van = jaar.van(helft);
        LocalDate tot = jaar.tot(helft);
        Map<UUID, long[]> criteria = new HashMap<>();
        for (KlassenbezoekRepository.Telling t : bezoeken.tellingen(schoolId, van, tot)) {
            criteria.put(t.getCriteriumId(), new long[]{t.getBezoeken(), t.getGezien(), t.getDeels(), t.getNietGezien(), t.getNvt()});
        }
        // visits removed after their retention period count on through what they left behind
        archief.tellingen(schoolId, van, tot).forEach((criterium, bewaard) -> criteria.merge(criterium, bewaard, (a, b) -> {
            long[] samen = new long[a.length];
            for (int i = 0; i < a.length; i++) {
                samen[i] = a[i] + b[i];
            }
            return samen;
        }));
        return new SchoolbeeldTelling(bezoeken.aantalBezoeken(schoolId, van, tot) + archief.aantalBezoeken(schoolId, van, tot),
                criteria);
    }
}
