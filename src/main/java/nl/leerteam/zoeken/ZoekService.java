package nl.leerteam.zoeken;

import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.zoeken.Zoekbron;
import nl.leerteam.shared.zoeken.Zoeker;
import nl.leerteam.shared.zoeken.Zoekresultaat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Searches everything the logged-in person may read: each module's source with the person's access in its query, the
 * results grouped by kind, best first. What cannot be searched as typed (nothing but marks, only stop words) gets a
 * sentence, never an error.
 */
@Service
@Transactional(readOnly = true)
public class ZoekService {

    /** Results per kind on the overview of all kinds: the best few, with a way to the rest. */
    public static final int OVERZICHT = 5;
    /** Results of one kind when that kind is asked for. */
    public static final int PER_SOORT = 20;

    private final List<Zoekbron> bronnen;
    private final OrganisatieService organisatie;
    private final JdbcTemplate jdbc;
    private final Zoekwoorden woorden = new Zoekwoorden();

    ZoekService(List<Zoekbron> bronnen, OrganisatieService organisatie, JdbcTemplate jdbc) {
        this.bronnen = List.copyOf(bronnen);
        this.organisatie = organisatie;
        this.jdbc = jdbc;
    }

    /** Every kind the person may read, the best {@link #OVERZICHT} of each. */
    @PreAuthorize("isAuthenticated()")
    public Zoekantwoord zoek(String invoer) {
        return zoek(invoer, null);
    }

    /**
     * One kind ({@code soort}, as {@link Zoekbron#soort()} names it), its best {@link #PER_SOORT}; {@code null}: the
     * overview of every kind. An unknown kind finds nothing.
     */
    @PreAuthorize("isAuthenticated()")
    public Zoekantwoord zoek(String invoer, String soort) {
        Zoekwoorden.Resultaat vraag = woorden.van(invoer);
        if (vraag == null) {
            return Zoekantwoord.melding("zoeken.melding.geen-woorden");
        }
        // "de het een": the dutch configuration leaves no word of it, and an empty query finds nothing
        Integer knopen = jdbc.queryForObject("select numnode(to_tsquery('dutch', ?))", Integer.class, vraag.vraag().tsquery());
        if (knopen == null || knopen == 0) {
            return Zoekantwoord.melding("zoeken.melding.stopwoorden");
        }
        Zoeker zoeker = organisatie.zoeker();
        if (zoeker.bestuurId() == null) {
            return new Zoekantwoord(null, List.of(), vraag.ingekort());
        }
        List<Zoekantwoord.Groep> groepen = new ArrayList<>();
        int hoogstens = soort == null ? OVERZICHT : PER_SOORT;
        for (Zoekbron bron : bronnen) {
            if (soort != null && !soort.equals(bron.soort())) {
                continue;
            }
            // one more than shown says whether there are more
            List<Zoekresultaat> gevonden = bron.zoek(vraag.vraag(), zoeker, hoogstens + 1);
            if (!gevonden.isEmpty()) {
                groepen.add(new Zoekantwoord.Groep(bron.soort(), gevonden.subList(0, Math.min(hoogstens, gevonden.size())),
                        gevonden.size() > hoogstens));
            }
        }
        // the kind with the best result first
        groepen.sort((a, b) -> Double.compare(b.resultaten().getFirst().rang(), a.resultaten().getFirst().rang()));
        return new Zoekantwoord(null, groepen, vraag.ingekort());
    }
}
