package nl.leerteam.zoeken;

import nl.leerteam.shared.zoeken.Zoekresultaat;

import java.util.List;

/**
 * The answer to a search: the results grouped by kind, or a sentence that says why there are none to look for.
 *
 * @param melding  a translation key when the query could not be searched as typed ({@code zoeken.melding.…}), else
 *                 {@code null}
 * @param ingekort whether only the first words of a long query were searched
 */
public record Zoekantwoord(String melding, List<Groep> groepen, boolean ingekort) {

    public Zoekantwoord {
        groepen = List.copyOf(groepen);
    }

    static Zoekantwoord melding(String sleutel) {
        return new Zoekantwoord(sleutel, List.of(), false);
    }

    public int aantal() {
        return groepen.stream().mapToInt(g -> g.resultaten().size()).sum();
    }

    /** Whether a kind found more than it shows. */
    public boolean meer() {
        return groepen.stream().anyMatch(Groep::meer);
    }

    /** @param meer whether there are more of this kind than shown (the overview shows the best few per kind) */
    public record Groep(String soort, List<Zoekresultaat> resultaten, boolean meer) {

        public Groep {
            resultaten = List.copyOf(resultaten);
        }
    }
}
