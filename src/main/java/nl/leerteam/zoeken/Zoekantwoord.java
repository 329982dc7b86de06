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

    public record Groep(String soort, List<Zoekresultaat> resultaten) {

        public Groep {
            resultaten = List.copyOf(resultaten);
        }
    }
}
