package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KwaliteitskalenderViewTest extends KaribuTest {

    @Test
    void a_teacher_sees_the_rhythm_of_her_school_year_and_makes_and_revokes_her_own_calendar_link() {
        login("emma");
        UI.getCurrent().navigate(KwaliteitskalenderView.class);
        KwaliteitskalenderView view = _get(KwaliteitskalenderView.class);
        _setValue(view.schooljaar, view.schooljaar.getListDataView().getItems().toList().getFirst());
        List<String> vorigJaar = IntStream.range(0, _size(view.grid)).mapToObj(i -> String.join(" | ", _getFormattedRow(view.grid, i)))
                .toList();
        assertThat(vorigJaar).anySatisfy(r -> assertThat(r).contains("Gedaan"))
                .as("the demonstration results of last year came in").hasSizeGreaterThanOrEqualTo(2);

        assertThat(view.feedStand.getText()).isEqualTo("Je hebt nog geen agendalink.");
        _click(view.nieuweLink);
        assertThat(view.feedLink.isVisible()).isTrue();
        assertThat(view.feedLink.getValue()).matches(".*/kalender/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(view.feedStand.getText()).startsWith("Je hebt een agendalink sinds");
        _click(view.intrekken);
        assertThat(view.feedLink.isVisible()).isFalse();
        assertThat(view.feedStand.getText()).isEqualTo("Je hebt nog geen agendalink.");

        login("annelies");
        geweigerd(() -> UI.getCurrent().navigate(KwaliteitskalenderView.class));
    }
}
