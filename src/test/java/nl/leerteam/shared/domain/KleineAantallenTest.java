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

    @Test
    void a_hidden_cell_of_a_table_with_totals_gets_a_partner_in_its_row_and_its_column() {
        long[][] tabel = {
                {20, 22, 4},
                {18, 25, 21},
                {30, 19, 24}};
        KleineAantallen.Tabel getoond = KleineAantallen.tabel(tabel, 5);
        assertThat(getoond.verborgen()[0][2]).as("a group of 4").isTrue();
        assertThat(getoond.verborgen()[0][0]).as("the smallest other cell of its row").isTrue();
        assertThat(getoond.verborgen()[1][2]).as("the smallest other cell of its column").isTrue();
        assertThat(getoond.verborgen()[1][0]).as("which in turn needs a partner in column 0 and row 1").isTrue();
        aanvalFaalt(tabel, getoond, 5);
    }

    @Test
    void no_table_lets_a_hidden_cell_be_worked_out_from_its_row_or_column_total() {
        java.util.Random toeval = new java.util.Random(20261129);
        for (int poging = 0; poging < 2000; poging++) {
            int rijen = 1 + toeval.nextInt(5);
            int kolommen = 1 + toeval.nextInt(6);
            long[][] tabel = new long[rijen][kolommen];
            for (int r = 0; r < rijen; r++) {
                for (int k = 0; k < kolommen; k++) {
                    tabel[r][k] = toeval.nextInt(4) == 0 ? toeval.nextInt(6) : toeval.nextInt(30);
                }
            }
            aanvalFaalt(tabel, KleineAantallen.tabel(tabel, 5), 5);
        }
    }

    /** Every shown total minus its shown cells leaves 0, or more than the limit over at least two hidden cells. */
    private static void aanvalFaalt(long[][] tabel, KleineAantallen.Tabel getoond, long grens) {
        for (int r = 0; r < tabel.length; r++) {
            for (int k = 0; k < tabel[r].length; k++) {
                if (tabel[r][k] > 0 && tabel[r][k] <= grens) {
                    assertThat(getoond.verborgen()[r][k]).isTrue();
                }
            }
            if (!getoond.rijTotaalVerborgen()[r]) {
                lijnVeilig(tabel[r], getoond.verborgen()[r], grens);
            }
        }
        for (int k = 0; k < tabel[0].length; k++) {
            if (!getoond.kolomTotaalVerborgen()[k]) {
                long[] kolom = new long[tabel.length];
                boolean[] weg = new boolean[tabel.length];
                for (int r = 0; r < tabel.length; r++) {
                    kolom[r] = tabel[r][k];
                    weg[r] = getoond.verborgen()[r][k];
                }
                lijnVeilig(kolom, weg, grens);
            }
        }
    }

    private static void lijnVeilig(long[] lijn, boolean[] weg, long grens) {
        long som = 0;
        int aantal = 0;
        for (int i = 0; i < lijn.length; i++) {
            if (weg[i] && lijn[i] > 0) {
                som += lijn[i];
                aantal++;
            }
        }
        assertThat(aantal).as(java.util.Arrays.toString(lijn)).isNotEqualTo(1);
        assertThat(som == 0 || som > grens).as(java.util.Arrays.toString(lijn)).isTrue();
    }
}
