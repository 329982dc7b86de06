package nl.leerteam.zoeken;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZoekwoordenTest {

    private final Zoekwoorden woorden = new Zoekwoorden();

    @Test
    void each_word_is_a_prefix_and_all_words_are_required() {
        assertThat(woorden.van("Fiets groen").vraag().tsquery()).isEqualTo("'fiets':* & 'groen':*");
    }

    @Test
    void a_part_of_a_school_compound_brings_the_compound_along() {
        assertThat(woorden.van("volgsysteem").vraag().tsquery()).isEqualTo("('volgsysteem':* | 'leerlingvolgsysteem':*)");
        assertThat(woorden.van("coördinator").vraag().tsquery()).contains("'kwaliteitscoordinator':*");
        assertThat(woorden.van("coordinator").vraag().tsquery()).as("with or without the accent")
                .contains("'kwaliteitscoordinator':*");
    }

    @Test
    void marks_and_quotes_never_reach_the_query_syntax() {
        assertThat(woorden.van("foo & (bar").vraag().tsquery()).isEqualTo("'foo':* & 'bar':*");
        assertThat(woorden.van("') or 1=1 --").vraag().tsquery()).isEqualTo("'or':* & '1':*");
        assertThat(woorden.van("!!!:*")).as("nothing searchable left").isNull();
        assertThat(woorden.van("%_%")).isNull();
        assertThat(woorden.van("groep-8").vraag().woorden()).containsExactly("groep", "8");
        assertThat(woorden.van(null)).isNull();
    }

    @Test
    void a_long_query_is_cut_to_its_first_words_and_says_so() {
        assertThat(woorden.van("a".repeat(5_000))).as("one word of 5,000 letters is no word").isNull();
        Zoekwoorden.Resultaat lang = woorden.van("woord ".repeat(10) + "rekenen ".repeat(300));
        assertThat(lang.vraag().woorden()).as("the first 300 characters, each word once").containsExactly("woord", "rekenen");
        assertThat(lang.ingekort()).isTrue();
        Zoekwoorden.Resultaat veel = woorden.van("taal lezen schrijven spelling begrip toets groep kind rekenen woord");
        assertThat(veel.vraag().woorden()).containsExactly("taal", "lezen", "schrijven", "spelling", "begrip", "toets", "groep", "kind");
        assertThat(veel.ingekort()).isTrue();
    }
}
