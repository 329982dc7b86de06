package nl.leerteam.shared.domain;

import nl.leerteam.shared.domain.KleineAantallen.Rij;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KleineAantallenTest {

    @Test
    void a_total_under_five_shows_nothing_and_a_one_day_period_cannot_say_one_visit() {
        assertThat(KleineAantallen.getal(1)).isNull();
        assertThat(KleineAantallen.getal(4)).isNull();
        assertThat(KleineAantallen.getal(5)).isEqualTo(5L);
        Rij rij = KleineAantallen.rij(4, 4, 0, 0, 0);
        assertThat(rij.zichtbaar()).isFalse();
        assertThat(rij.delen()).containsOnlyNulls();
    }

    @Test
    void small_parts_are_hidden_and_so_is_the_next_smallest_when_the_hidden_one_could_be_worked_out() {
        // 6 visits: 5 seen, 1 partly, 0 not seen, 0 n/a. Hiding only the 1 would leave 6 - 5 - 0 - 0 = 1.
        Rij rij = KleineAantallen.rij(6, 5, 1, 0, 0);
        assertThat(rij.totaal()).isEqualTo(6L);
        assertThat(rij.delen()).containsExactly(null, null, 0L, 0L);
        long verborgen = rij.totaal() - rij.delen().stream().filter(d -> d != null).mapToLong(Long::longValue).sum();
        assertThat(verborgen).as("what is hidden together is never a small number").isGreaterThanOrEqualTo(KleineAantallen.MINIMUM);
    }

    @Test
    void parts_of_zero_or_at_least_five_stay_visible() {
        assertThat(KleineAantallen.rij(12, 7, 5, 0, 0).delen()).containsExactly(7L, 5L, 0L, 0L);
        assertThat(KleineAantallen.rij(12, 6, 3, 3, 0).delen()).containsExactly(6L, null, null, 0L);
    }

    @Test
    void a_sum_of_two_groups_is_hidden_when_it_would_reveal_a_hidden_number_of_one() {
        assertThat(KleineAantallen.verschilVerraadt(5, true, 1, false)).isTrue();
        assertThat(KleineAantallen.verschilVerraadt(1, false, 5, true)).isTrue();
        assertThat(KleineAantallen.verschilVerraadt(5, true, 0, true)).isFalse();
        assertThat(KleineAantallen.verschilVerraadt(3, false, 3, false)).as("only the sum is known").isFalse();
        assertThat(KleineAantallen.verschilVerraadt(6, true, 7, true)).isFalse();
    }

    @Test
    void a_school_year_runs_from_august_to_july_in_two_halves() {
        Schooljaar jaar = Schooljaar.van(java.time.LocalDate.of(2026, 10, 12));
        assertThat(jaar).hasToString("2026-2027");
        assertThat(jaar.van(Schooljaar.Periode.EERSTE_HELFT)).isEqualTo("2026-08-01");
        assertThat(jaar.tot(Schooljaar.Periode.EERSTE_HELFT)).isEqualTo("2027-01-31");
        assertThat(jaar.van(Schooljaar.Periode.TWEEDE_HELFT)).isEqualTo("2027-02-01");
        assertThat(jaar.tot(Schooljaar.Periode.SCHOOLJAAR)).isEqualTo("2027-07-31");
        assertThat(Schooljaar.van(java.time.LocalDate.of(2027, 7, 31))).isEqualTo(jaar);
    }
}
