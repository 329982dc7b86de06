package nl.leerteam.klassenbezoek;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The differencing attack on the school picture: the only periods left to compare are a school year
 * and its halves, and a year that differs from a half by one visit must not show that visit.
 */
class SchoolbeeldTellingTest {

    private static final UUID CRITERIUM = UUID.randomUUID();

    @Test
    void a_year_one_visit_more_than_its_first_half_hides_what_the_difference_would_show() {
        // first half: 5 visits, all "seen"; second half: one visit, "not seen"
        SchoolbeeldTelling eerste = new SchoolbeeldTelling(5, Map.of(CRITERIUM, new long[]{5, 5, 0, 0, 0}));
        SchoolbeeldTelling tweede = new SchoolbeeldTelling(1, Map.of(CRITERIUM, new long[]{1, 0, 0, 1, 0}));

        SchoolbeeldTelling.Getoond helft = eerste.getoond();
        assertThat(helft.bezoeken()).isEqualTo(5L);
        assertThat(helft.criteria().get(CRITERIUM).delen()).containsExactly(5L, 0L, 0L, 0L);

        assertThat(tweede.getoond().bezoeken()).isNull();
        assertThat(tweede.getoond().criteria()).isEmpty();

        SchoolbeeldTelling.Getoond jaar = SchoolbeeldTelling.jaar(eerste, tweede);
        assertThat(jaar.bezoeken()).as("6 - 5 would be the one visit of the second half").isNull();
        assertThat(jaar.criteria()).as("6 - 5 visits on the criterion, 1 - 0 not seen").doesNotContainKey(CRITERIUM);
    }

    @Test
    void a_year_whose_halves_both_show_their_numbers_shows_the_sums() {
        SchoolbeeldTelling eerste = new SchoolbeeldTelling(8, Map.of(CRITERIUM, new long[]{6, 6, 0, 0, 0}));
        SchoolbeeldTelling tweede = new SchoolbeeldTelling(7, Map.of(CRITERIUM, new long[]{5, 0, 5, 0, 0}));

        SchoolbeeldTelling.Getoond jaar = SchoolbeeldTelling.jaar(eerste, tweede);
        assertThat(jaar.bezoeken()).isEqualTo(15L);
        assertThat(jaar.criteria().get(CRITERIUM).totaal()).isEqualTo(11L);
        assertThat(jaar.criteria().get(CRITERIUM).delen()).containsExactly(6L, 5L, 0L, 0L);
    }

    @Test
    void two_hidden_halves_may_add_up_to_a_year_that_shows_because_neither_can_be_told_apart() {
        SchoolbeeldTelling eerste = new SchoolbeeldTelling(3, Map.of(CRITERIUM, new long[]{3, 3, 0, 0, 0}));
        SchoolbeeldTelling tweede = new SchoolbeeldTelling(3, Map.of(CRITERIUM, new long[]{3, 2, 1, 0, 0}));

        SchoolbeeldTelling.Getoond jaar = SchoolbeeldTelling.jaar(eerste, tweede);
        assertThat(jaar.bezoeken()).isEqualTo(6L);
        assertThat(jaar.criteria().get(CRITERIUM).totaal()).isEqualTo(6L);
        assertThat(jaar.criteria().get(CRITERIUM).delen()).as("5 seen, 1 partly: the 1 is hidden and so the 5")
                .containsExactly(null, null, 0L, 0L);
    }
}
