package nl.leerteam.shared.zoeken;

import java.util.List;

/**
 * What a person searches for, as the search sources use it: never the raw input in a query's syntax.
 *
 * @param tsquery the words as a PostgreSQL text-search query for the {@code dutch} configuration: each word (letters
 *                and digits only) a prefix, with its listed compounds as alternatives, all words required; a bind
 *                parameter of {@code to_tsquery('dutch', ?)}
 * @param vorm    the words joined by spaces, for the trigram match of a title (a typo of one letter)
 * @param woorden the words searched for
 */
public record Zoekvraag(String tsquery, String vorm, List<String> woorden) {

    public Zoekvraag {
        woorden = List.copyOf(woorden);
    }
}
