package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.shared.domain.Tekst;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Input at the edges: emoji joined into one picture are text; a date the field cannot read is said, not dropped. */
class InvoerRandenTest extends KaribuTest {

    @Test
    void emoji_joined_with_a_zero_width_joiner_are_ordinary_text_and_a_lone_joiner_is_not() {
        for (String tekst : new String[]{"Juf 👩\u200D🏫 was blij", "Gezin 👨\u200D👩\u200D👧 op bezoek", "Duim 👍🏽 en 🏳️\u200D🌈"}) {
            assertThat(Tekst.verplicht("tekst", tekst, 200)).isEqualTo(tekst);
        }
        for (String tekst : new String[]{"Sa\u200Dnne", "\u200D👩", "👩\u200D", "Lees\u200Bbaar"}) {
            assertThatThrownBy(() -> Tekst.verplicht("tekst", tekst, 200))
                    .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("fout.onzichtbare-tekens"));
        }
    }

    @Test
    void a_date_the_field_cannot_read_is_refused_with_a_reason_and_the_typed_text_stays() {
        login("sanne");
        Datumveld datum = new Datumveld("Evaluatie");
        UI.getCurrent().add(datum);
        datum.getElement().setProperty("_inputElementValue", "31 februari");
        AtomicBoolean opgeslagen = new AtomicBoolean();

        boolean gelukt = Meldingen.opslaan(datum, Map.of("datum", datum), () -> opgeslagen.set(true));

        assertThat(gelukt).isFalse();
        assertThat(opgeslagen).as("never saved as 'no date'").isFalse();
        assertThat(datum.isInvalid()).isTrue();
        assertThat(datum.getErrorMessage()).startsWith("Deze datum kan Leerteam niet lezen");
        assertThat(datum.getElement().getProperty("_inputElementValue")).isEqualTo("31 februari");

        datum.getElement().setProperty("_inputElementValue", "");
        assertThat(Meldingen.opslaan(datum, Map.of("datum", datum), () -> opgeslagen.set(true))).as("an empty optional date").isTrue();
    }
}
