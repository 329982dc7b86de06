package nl.leerteam.trends;

import nl.leerteam.organisatie.MijnOverzicht;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What board staff see of their schools' results: a comparison per subject and jaargroep in which no
 * group of five pupils or fewer shows, directly or through the totals. Never another board's schools,
 * and nothing per pupil, teacher or class beyond the jaargroep.
 */
@Service
@Transactional(readOnly = true)
public class BestuursTrendService {

    /** A group of this many pupils or fewer is never shown to the board: a constant, deliberately not a setting. */
    public static final int GROEP_GRENS = 5;

    private final ToetsresultaatOpslag opslag;
    private final OrganisatieService organisatie;
    private final Clock clock;

    BestuursTrendService(ToetsresultaatOpslag opslag, OrganisatieService organisatie, Clock clock) {
        this.opslag = opslag;
        this.organisatie = organisatie;
        this.clock = clock;
    }

    /**
     * The board's schools side by side, for board staff and for the board's KCs (on their platform): every school of
     * the board, whatever the reader's own, under the rule of small counts.
     *
     * @param gevraagd {@code null}: the newest school year with results
     */
    @PreAuthorize("hasAnyRole('BESTUURDER', 'KC')")
    public Bestuursoverzicht overzicht(Schooljaar gevraagd, Vak vak, Meetmoment moment) {
        UUID bestuurId = CurrentUser.require().bestuurId();
        List<Map.Entry<UUID, String>> scholen = List.copyOf(organisatie.schoolNamenVanBestuur().entrySet());
        List<Schooljaar> jaren = opslag.schooljarenVanBestuur(bestuurId).stream().map(Schooljaar::new).toList();
        Schooljaar jaar = gevraagd != null ? gevraagd : jaren.isEmpty() ? Schooljaar.van(LocalDate.now(clock)) : jaren.getFirst();
        Vak gekozenVak = vak == null ? Vak.BEGRIJPEND_LEZEN : vak;
        Meetmoment gekozenMoment = moment == null ? Meetmoment.E : moment;
        List<ToetsresultaatOpslag.Groep> groepen = opslag.vanBestuur(bestuurId, jaar.beginjaar(), gekozenVak, gekozenMoment);
        List<Integer> jaargroepen = new ArrayList<>(groepen.stream().map(ToetsresultaatOpslag.Groep::jaargroep)
                .collect(Collectors.toCollection(TreeSet::new)));
        Map<String, ToetsresultaatOpslag.Groep> opPlek = groepen.stream()
                .collect(Collectors.toMap(g -> g.schoolId() + "/" + g.jaargroep(), Function.identity()));

        long[][] aantallen = new long[scholen.size()][jaargroepen.size()];
        long[][] boven = new long[scholen.size()][jaargroepen.size()];
        for (int s = 0; s < scholen.size(); s++) {
            for (int j = 0; j < jaargroepen.size(); j++) {
                ToetsresultaatOpslag.Groep g = opPlek.get(scholen.get(s).getKey() + "/" + jaargroepen.get(j));
                if (g != null) {
                    aantallen[s][j] = g.aantal();
                    boven[s][j] = bovenMidden(g);
                }
            }
        }
        KleineAantallen.Tabel getoond = KleineAantallen.tabel(aantallen, GROEP_GRENS);
        List<Bestuursoverzicht.Regel> regels = new ArrayList<>();
        for (int s = 0; s < scholen.size(); s++) {
            List<Bestuursoverzicht.Cel> cellen = new ArrayList<>();
            for (int j = 0; j < jaargroepen.size(); j++) {
                cellen.add(cel(aantallen[s][j], boven[s][j], getoond.verborgen()[s][j]));
            }
            regels.add(new Bestuursoverzicht.Regel(scholen.get(s).getValue(), cellen,
                    cel(som(aantallen[s]), bovenSom(boven[s]), getoond.rijTotaalVerborgen()[s])));
        }
        List<Bestuursoverzicht.Cel> totalen = new ArrayList<>();
        for (int j = 0; j < jaargroepen.size(); j++) {
            long[] kolomBoven = new long[scholen.size()];
            for (int s = 0; s < scholen.size(); s++) {
                kolomBoven[s] = boven[s][j];
            }
            totalen.add(cel(kolom(aantallen, j), bovenSom(kolomBoven), getoond.kolomTotaalVerborgen()[j]));
        }
        long alles = 0;
        long allesBoven = 0;
        for (int s = 0; s < scholen.size(); s++) {
            alles += som(aantallen[s]);
            long b = bovenSom(boven[s]);
            allesBoven = allesBoven < 0 || b < 0 ? -1 : allesBoven + b;
        }
        return new Bestuursoverzicht(jaar, jaren, gekozenVak, gekozenMoment, jaargroepen, regels,
                new Bestuursoverzicht.Regel(organisatie.mijnOverzicht().bestuurNaam(), totalen, cel(alles, allesBoven, getoond.totaalVerborgen())));
    }

    /** Pupils on or above the middle: I–III, A–C, or 1F and higher; a percentage scale has no levels to count. */
    private static long bovenMidden(ToetsresultaatOpslag.Groep g) {
        List<Integer> n = g.niveaus();
        if (n.isEmpty()) {
            return -1;
        }
        return g.schaal() == Schaal.REF ? n.get(1) + n.get(2) : n.get(0) + n.get(1) + n.get(2);
    }

    /** A cell as it may be shown: its share only where the split in two obeys the rule of small counts too. */
    private static Bestuursoverzicht.Cel cel(long aantal, long boven, boolean verborgen) {
        if (verborgen) {
            return new Bestuursoverzicht.Cel(null, null);
        }
        if (aantal == 0 || boven < 0) {
            return new Bestuursoverzicht.Cel(aantal, null);
        }
        Long getoondBoven = KleineAantallen.rij(aantal, boven, aantal - boven).deel(0);
        return new Bestuursoverzicht.Cel(aantal, getoondBoven == null ? null : Math.round(1000.0 * getoondBoven / aantal) / 10.0);
    }

    private static long som(long[] lijn) {
        long som = 0;
        for (long v : lijn) {
            som += v;
        }
        return som;
    }

    /** The pupils on or above the middle over a line; -1 when a group in it has no levels to count. */
    private static long bovenSom(long[] lijn) {
        long som = 0;
        for (long v : lijn) {
            if (v < 0) {
                return -1;
            }
            som += v;
        }
        return som;
    }

    private static long kolom(long[][] tabel, int j) {
        long som = 0;
        for (long[] rij : tabel) {
            som += rij[j];
        }
        return som;
    }
}
