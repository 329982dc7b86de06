package nl.leerteam.shared.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SamenvoegenTest {

    private static final String BASIS = "Opening\nRekenen: twee doelen\nLezen: later\nRondvraag";

    @Test
    void changes_of_different_lines_are_both_kept() {
        String hun = "Opening\nRekenen: twee doelen, getallenlijn\nLezen: later\nRondvraag";
        String mijn = "Opening\nRekenen: twee doelen\nLezen: later\nRondvraag: studiedag in maart";
        assertThat(Samenvoegen.drieweg(BASIS, hun, mijn))
                .contains("Opening\nRekenen: twee doelen, getallenlijn\nLezen: later\nRondvraag: studiedag in maart");
    }

    @Test
    void lines_added_in_different_places_are_both_kept() {
        String hun = "Afspraak vooraf\n" + BASIS;
        String mijn = BASIS + "\nVolgende keer: toetsen";
        assertThat(Samenvoegen.drieweg(BASIS, hun, mijn)).contains("Afspraak vooraf\n" + BASIS + "\nVolgende keer: toetsen");
    }

    @Test
    void changes_of_neighbouring_lines_and_an_addition_before_a_changed_line_are_both_kept() {
        assertThat(Samenvoegen.drieweg(BASIS, BASIS.replace("Rekenen: twee doelen", "Rekenen: ja"),
                BASIS.replace("Lezen: later", "Lezen: nu"))).contains("Opening\nRekenen: ja\nLezen: nu\nRondvraag");
        assertThat(Samenvoegen.drieweg(BASIS, BASIS.replace("Lezen: later", "Nieuw punt\nLezen: later"),
                BASIS.replace("Lezen: later", "Lezen: nu"))).contains("Opening\nRekenen: twee doelen\nNieuw punt\nLezen: nu\nRondvraag");
    }

    @Test
    void changes_of_the_same_line_or_two_additions_at_one_place_are_a_conflict() {
        assertThat(Samenvoegen.drieweg(BASIS, BASIS.replace("twee doelen", "drie doelen"), BASIS.replace("twee doelen", "één doel")))
                .isEmpty();
        assertThat(Samenvoegen.drieweg(BASIS, BASIS + "\nHun slot", BASIS + "\nMijn slot")).isEmpty();
        assertThat(Samenvoegen.drieweg("", "Hun eerste regel", "Mijn eerste regel")).as("both started an empty text").isEmpty();
    }

    @Test
    void the_same_change_twice_or_no_change_of_one_side_is_no_conflict() {
        String beide = BASIS.replace("later", "na de toetsen");
        assertThat(Samenvoegen.drieweg(BASIS, beide, beide)).contains(beide);
        assertThat(Samenvoegen.drieweg(BASIS, BASIS, "mijn")).contains("mijn");
        assertThat(Samenvoegen.drieweg(BASIS, "hun", BASIS)).contains("hun");
        assertThat(Samenvoegen.drieweg(null, null, "nieuw")).contains("nieuw");
    }
}
