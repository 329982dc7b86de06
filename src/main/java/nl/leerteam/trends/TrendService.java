package nl.leerteam.trends;

import nl.leerteam.shared.domain.KleineAantallen;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.trends.domain.AmbitieOpslag;
import nl.leerteam.trends.domain.ToetsresultaatOpslag;
import nl.leerteam.trends.domain.TrendnotitieOpslag;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a school's results show: everybody of the school sees them (they are the team's), per school
 * year and subject, with every number under the rule of small counts. Never another school's.
 */
@Service
@Transactional(readOnly = true)
public class TrendService {

    private final TrendToegang toegang;
    private final ToetsresultaatOpslag opslag;
    private final AmbitieOpslag ambities;
    private final TrendnotitieOpslag notities;
    private final OrganisatieService organisatie;
    private final Clock clock;

    TrendService(TrendToegang toegang, ToetsresultaatOpslag opslag, AmbitieOpslag ambities, TrendnotitieOpslag notities,
                 OrganisatieService organisatie, Clock clock) {
        this.toegang = toegang;
        this.opslag = opslag;
        this.ambities = ambities;
        this.notities = notities;
        this.organisatie = organisatie;
        this.clock = clock;
    }

    /** The schools whose trends this person sees: every school where they have a role. */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public List<TrendSchool> scholen() {
        return toegang.scholen();
    }

    /** One school year of a school; without a year, the newest with results (or the current one). */
    @PreAuthorize("hasAnyRole('LEERKRACHT', 'KC', 'DIRECTEUR')")
    public Resultatenoverzicht overzicht(UUID schoolId, Schooljaar gevraagd) {
        TrendSchool school = toegang.leesbaar(schoolId);
        List<Schooljaar> jaren = opslag.schooljaren(schoolId).stream().map(Schooljaar::new).toList();
        Schooljaar jaar = gevraagd != null ? gevraagd : jaren.isEmpty() ? Schooljaar.van(LocalDate.now(clock)) : jaren.getFirst();
        // one read: this year, the one before for the breaks, and the five before this one a cohort in groep 8
        // went through since groep 3 (a school with thirty years of results reads six of them)
        Set<Integer> gelezen = new java.util.HashSet<>();
        for (int terug = 0; terug <= 5; terug++) {
            gelezen.add(jaar.beginjaar() - terug);
        }
        List<Toetsresultaat> alle = opslag.vanSchool(schoolId, gelezen).values().stream().map(ToetsresultaatOpslag.Opgeslagen::resultaat).toList();
        Map<Boolean, List<Toetsresultaat>> perJaar = alle.stream()
                .filter(r -> r.schooljaar().equals(jaar) || r.schooljaar().equals(jaar.vorige()))
                .collect(java.util.stream.Collectors.partitioningBy(r -> r.schooljaar().equals(jaar)));
        List<Toetsresultaat> vorigJaar = perJaar.get(false);
        Map<Vak, List<Resultatenoverzicht.Rij>> perVak = new EnumMap<>(Vak.class);
        perJaar.get(true).stream()
                .sorted(Comparator.comparing(Toetsresultaat::jaargroep).thenComparing(Toetsresultaat::meetmoment)
                        .thenComparing(Toetsresultaat::toets))
                .forEach(r -> perVak.computeIfAbsent(r.vak(), v -> new ArrayList<>()).add(rij(r, breuk(r, vorigJaar))));
        List<Ambitie> vanSchool = ambities.vanSchool(schoolId);
        List<TrendnotitieOpslag.Notitie> opgeslagen = notities.vanSchooljaar(schoolId, jaar);
        Map<UUID, String> namen = opgeslagen.isEmpty() ? Map.of()
                : organisatie.namen(opgeslagen.stream().map(TrendnotitieOpslag.Notitie::auteurId).collect(Collectors.toSet()));
        UUID ik = CurrentUser.require().gebruikerId();
        List<Trendnotitie> bijPunten = opgeslagen.stream().map(n -> new Trendnotitie(n.id(), n.vak(), n.jaargroep(), n.meetmoment(),
                n.tekst(), namen.getOrDefault(n.auteurId(), ""), school.importeren() || n.auteurId().equals(ik))).toList();
        return new Resultatenoverzicht(school, jaar, jaren, perVak.entrySet().stream()
                .map(e -> new Resultatenoverzicht.Vakoverzicht(e.getKey(), e.getValue(),
                        vanSchool.stream().filter(a -> a.vak() == e.getKey()).toList(),
                        bijPunten.stream().filter(n -> n.vak() == e.getKey()).toList(), ontwikkeling(e.getKey(), jaar, alle))).toList(),
                vanSchool);
    }

    /** The cohorts of this year followed back through their E results, and the growth from M to E of this year. */
    static Resultatenoverzicht.Ontwikkeling ontwikkeling(Vak vak, Schooljaar jaar, List<Toetsresultaat> alle) {
        Map<String, Toetsresultaat> grootste = new java.util.HashMap<>();
        for (Toetsresultaat r : alle) {
            if (r.vak() == vak && r.meetmoment() != Meetmoment.B && !r.niveaus().isEmpty()) {
                grootste.merge(r.schooljaar().beginjaar() + "/" + r.meetmoment() + "/" + r.jaargroep(), r,
                        (a, b) -> a.aantal() >= b.aantal() ? a : b);
            }
        }
        List<Resultatenoverzicht.Cohort> cohorten = new ArrayList<>();
        for (int groepNu = 3; groepNu <= 8; groepNu++) {
            Toetsresultaat nu = grootste.get(jaar.beginjaar() + "/E/" + groepNu);
            if (nu == null) {
                nu = grootste.get(jaar.beginjaar() + "/M/" + groepNu);
            }
            if (nu == null) {
                continue;
            }
            List<Double> aandelen = new ArrayList<>();
            int punten = 0;
            for (int groep = 3; groep <= 8; groep++) {
                Toetsresultaat r = groep > groepNu ? null : grootste.get((jaar.beginjaar() - (groepNu - groep)) + "/E/" + groep);
                boolean zelfdeReeks = r != null && r.aanbieder() == nu.aanbieder() && r.schaal() == nu.schaal();
                Double aandeel = zelfdeReeks ? aandeelBovenMidden(r) : null;
                punten += aandeel == null ? 0 : 1;
                aandelen.add(aandeel);
            }
            if (punten >= 2) {
                cohorten.add(new Resultatenoverzicht.Cohort(groepNu, aandelen));
            }
        }
        List<Resultatenoverzicht.Groei> groei = new ArrayList<>();
        for (int groep = 1; groep <= 8; groep++) {
            Toetsresultaat m = grootste.get(jaar.beginjaar() + "/M/" + groep);
            Toetsresultaat e = grootste.get(jaar.beginjaar() + "/E/" + groep);
            if (m == null && e == null) {
                continue;
            }
            boolean vergelijkbaar = m != null && e != null && m.aanbieder() == e.aanbieder() && m.schaal() == e.schaal();
            groei.add(new Resultatenoverzicht.Groei(groep, m == null ? null : aandeelBovenMidden(m),
                    e == null || (m != null && !vergelijkbaar) ? null : aandeelBovenMidden(e)));
        }
        return new Resultatenoverzicht.Ontwikkeling(cohorten, groei);
    }

    private static Double aandeelBovenMidden(Toetsresultaat r) {
        return rij(r, false).aandeel(Maat.BOVEN_MIDDEN);
    }

    /** A trend line of the same jaargroep, moment and subject stops when the test, provider or scale changed. */
    private static boolean breuk(Toetsresultaat r, List<Toetsresultaat> vorigJaar) {
        List<Toetsresultaat> eerder = vorigJaar.stream()
                .filter(v -> v.jaargroep() == r.jaargroep() && v.meetmoment() == r.meetmoment() && v.vak() == r.vak()).toList();
        return !eerder.isEmpty() && eerder.stream().noneMatch(v -> v.toets().equals(r.toets()) && v.aanbieder() == r.aanbieder()
                && v.schaal() == r.schaal());
    }

    private static Resultatenoverzicht.Rij rij(Toetsresultaat r, boolean breuk) {
        long[] niveaus = r.niveaus().stream().mapToLong(Integer::longValue).toArray();
        KleineAantallen.Rij getoond = KleineAantallen.rij(r.aantal(), niveaus);
        Long bovenMidden = null;
        if (niveaus.length > 0) {
            // the same rule on the split in two: on or above the middle, and below it
            long boven = r.schaal() == Schaal.REF ? niveaus[1] + niveaus[2] : niveaus[0] + niveaus[1] + niveaus[2];
            long onder = r.aantal() - boven;
            bovenMidden = KleineAantallen.rij(r.aantal(), boven, onder).deel(0);
        }
        return new Resultatenoverzicht.Rij(r.jaargroep(), r.meetmoment(), r.groep(), r.aanbieder(), r.toets(), r.schaal(),
                getoond.totaal(), getoond.zichtbaar() ? r.gemiddelde() : null, getoond.delen(), bovenMidden,
                r.toelichting(), breuk);
    }
}
