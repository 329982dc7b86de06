package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.KlassenbezoekRepository;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
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

    /** A school figure for a criterion rests on at least this many visits, so no single visit shows through. */
    public static final int MINIMUM_BEZOEKEN = 5;

    private final KlassenbezoekRepository bezoeken;
    private final KijkwijzerService kijkwijzers;
    private final OrganisatieService organisatie;

    SchoolbeeldService(KlassenbezoekRepository bezoeken, KijkwijzerService kijkwijzers, OrganisatieService organisatie) {
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

    /** Per criterion, how often it was seen across the school's visits in a period; for the school's KC and director. */
    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
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
}
