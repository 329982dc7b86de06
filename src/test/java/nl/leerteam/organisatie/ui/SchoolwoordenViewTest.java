package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import nl.leerteam.organisatie.Schoolwoord;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class SchoolwoordenViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void schoon() {
        jdbc.update("delete from school_woord where lower(woord) in ('leesmaatjes')");
    }

    @Test
    void a_kc_puts_a_word_on_her_schools_list_sees_who_added_it_and_takes_it_off_again() {
        login("fatima");
        UI.getCurrent().navigate(SchoolwoordenView.class);
        SchoolwoordenView view = _get(SchoolwoordenView.class);
        assertThat(view.school.isVisible()).as("a KC of two schools chooses the school").isTrue();
        int voor = view.woorden.isVisible() ? _size(view.woorden) : 0;

        view.woord.setValue("Leesmaatjes");
        _click(view.toevoegen);
        assertThat(view.woord.getValue()).as("the field empties for the next word").isEmpty();
        assertThat(_size(view.woorden)).isEqualTo(voor + 1);

        view.woord.setValue("leesmaatjes");
        _click(view.toevoegen);
        assertThat(view.woord.isInvalid()).as("the same word twice is refused next to the field").isTrue();
        assertThat(view.woord.getErrorMessage()).contains("staat al op de lijst");
        assertThat(view.woord.getValue()).as("and what she typed stays").isEqualTo("leesmaatjes");

        int rij = java.util.stream.IntStream.range(0, _size(view.woorden))
                .filter(i -> _get(view.woorden, i).woord().equals("Leesmaatjes")).findFirst().orElseThrow();
        Schoolwoord woord = _get(view.woorden, rij);
        assertThat(woord.door()).isEqualTo("Fatima El Amrani");
        Button weg = (Button) _getCellComponent(view.woorden, rij, "acties");
        assertThat(weg.getAriaLabel()).as("the trash button says what it does").contains("Leesmaatjes van de lijst halen");
        _click(weg);
        assertThat(view.woorden.isVisible() ? _size(view.woorden) : 0).isEqualTo(voor);
    }

    @Test
    void a_teacher_cannot_open_the_list() {
        login("lotte");
        UI.getCurrent().navigate("schoolwoorden");
        _assertNone(SchoolwoordenView.class);
    }
}
