package nl.leerteam.leerlingbespreking;

import nl.leerteam.leerlingbespreking.domain.CasuspatroonTelling;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.security.Rol;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The KC as zorgregisseur sees the pattern in the school's care questions: how many cases per groep and
 * per tag, open and closed, and where escalations went, over the last school years. Counts only. The
 * director of the school sees a count only where it holds five cases or more, and no count from which a
 * hidden one can be worked out.
 */
@Service
@Transactional(readOnly = true)
public class CasuspatroonService {

    /** How many school years the pattern looks back, the current one included. */
    public static final int JAREN = 3;

    private final CasuspatroonTelling telling;
    private final OrganisatieService organisatie;
    private final Clock clock;

    CasuspatroonService(CasuspatroonTelling telling, OrganisatieService organisatie, Clock clock) {
        this.telling = telling;
        this.organisatie = organisatie;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('KC', 'DIRECTEUR')")
    public Casuspatronen patronen(UUID schoolId) {
        boolean kc = organisatie.mijnScholenMetRol(Rol.KC).contains(schoolId);
        if (!kc && !organisatie.mijnScholenMetRol(Rol.DIRECTEUR).contains(schoolId)) {
            throw new AccessDeniedException("Not a school of this KC or director");
        }
        List<Schooljaar> jaren = new ArrayList<>();
        for (Schooljaar jaar = Schooljaar.van(LocalDate.now(clock)); jaren.size() < JAREN; jaar = jaar.vorige()) {
            jaren.add(jaar);
        }
        List<Casuspatronen.Regel> groepen = regels(telling.perGroep(schoolId), jaren, !kc, Comparator.comparingInt(Integer::parseInt));
        List<Casuspatronen.Regel> tags = regels(telling.perTag(schoolId), jaren, !kc, Comparator.naturalOrder());
        List<Casuspatronen.Regel> escalaties = regels(telling.escalaties(schoolId), jaren, !kc, Comparator.naturalOrder());
        return new Casuspatronen(jaren, groepen, tags, escalaties, !kc);
    }

    /**
     * Lines of open and closed counts per school year. For the director the open and closed counts of one
     * line form a table whose row and column totals are known (cases per year), so small counts are hidden
     * with their partners ({@link KleineAantallen#tabel}).
     */
    private static List<Casuspatronen.Regel> regels(List<CasuspatroonTelling.Telling> tellingen, List<Schooljaar> jaren, boolean beperkt,
                                                    Comparator<String> volgorde) {
        Map<String, long[][]> perWat = new TreeMap<>(volgorde);
        for (CasuspatroonTelling.Telling t : tellingen) {
            int kolom = jaren.indexOf(new Schooljaar(t.beginjaar()));
            if (kolom < 0) {
                continue;
            }
            long[][] lijn = perWat.computeIfAbsent(t.wat(), w -> new long[2][jaren.size()]);
            lijn["GESLOTEN".equals(t.stand()) ? 1 : 0][kolom] += t.aantal();
        }
        List<Casuspatronen.Regel> regels = new ArrayList<>();
        perWat.forEach((wat, lijn) -> {
            boolean[][] weg = beperkt ? KleineAantallen.tabel(lijn, KleineAantallen.MINIMUM - 1).verborgen() : new boolean[2][jaren.size()];
            List<Long> open = new ArrayList<>();
            List<Long> gesloten = new ArrayList<>();
            for (int k = 0; k < jaren.size(); k++) {
                open.add(weg[0][k] ? null : lijn[0][k]);
                gesloten.add(weg[1][k] ? null : lijn[1][k]);
            }
            // a line of which the director may see no count at all does not show its name either (a tag is free text)
            if (!beperkt || java.util.stream.Stream.concat(open.stream(), gesloten.stream()).anyMatch(n -> n != null && n > 0)) {
                regels.add(new Casuspatronen.Regel(wat, open, gesloten));
            }
        });
        return regels;
    }
}
