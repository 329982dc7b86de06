package nl.leerteam.shared.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatumveldTest {

    @Test
    void a_proposed_date_in_the_weekend_moves_to_the_monday_after_and_a_weekday_stays() {
        assertThat(Datumveld.schooldagVanaf(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Datumveld.schooldagVanaf(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Datumveld.schooldagVanaf(LocalDate.of(2026, 12, 4))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Datumveld.schooldagVanaf(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
