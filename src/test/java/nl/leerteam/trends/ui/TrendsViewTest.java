package nl.leerteam.trends.ui;

import com.vaadin.flow.component.UI;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.shared.ui.Grafiek;
import nl.leerteam.support.KaribuTest;
import nl.leerteam.trends.TrendImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrendsViewTest extends KaribuTest {

    @Autowired
    TrendImportService importService;

    @Test
    void a_teacher_sees_the_schools_results_per_subject_and_no_import() {
        login("emma");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);

        assertThat(view.school.getValue().naam()).isEqualTo("Kindcentrum Het Kompas");
        assertThat(view.importeren.isVisible()).isFalse();
        List<VakTabel> tabellen = _find(view.vakken, VakTabel.class);
        assertThat(tabellen).extracting(t -> t.getId().orElseThrow())
                .containsExactly("trends-rekenen-wiskunde", "trends-begrijpend-lezen", "trends-technisch-lezen", "trends-spelling");
        assertThat(_size(tabellen.getFirst().grid)).as("groep 3-8, M and E").isEqualTo(12);
        assertThat(String.join(" ", _getFormattedRow(tabellen.getFirst().grid, 0))).contains("Groep 3").contains("Midden")
                .contains("III: ");
        assertThat(tabellen.getFirst().grafieken).singleElement().satisfies(grafiek -> {
            assertThat(grafiek.getGegevens().labels()).hasSize(12).startsWith("Groep 3 Midden", "Groep 3 Eind");
            assertThat(grafiek.getGegevens().reeksen()).extracting(r -> r.label()).containsExactly("I", "II", "III", "IV", "V", "minder dan 5");
            assertThat(grafiek.getGegevens().beschrijving()).startsWith("Rekenen-wiskunde: het aandeel leerlingen op niveau I tot en met III");
            assertThat(grafiek.getElement().getAttribute("gegevens")).contains("\"labels\":[\"Groep 3 Midden\"");
        });
    }

    @Test
    void each_subject_follows_its_cohorts_through_the_years_and_shows_the_growth_from_m_to_e_with_their_tables() {
        login("emma");
        UI.getCurrent().navigate(TrendsView.class);
        VakTabel rekenen = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-rekenen-wiskunde"));
        OntwikkelingPart o = rekenen.ontwikkeling;
        assertThat(o.cohorten.getGegevens().soort()).isEqualTo("lijn");
        assertThat(o.cohorten.getGegevens().labels()).containsExactly("Groep 3", "Groep 4", "Groep 5", "Groep 6", "Groep 7", "Groep 8");
        assertThat(o.cohorten.getGegevens().reeksen()).extracting(Grafiek.Reeks::label).contains("Nu in groep 5", "Nu in groep 8");
        Grafiek.Reeks groep5 = o.cohorten.getGegevens().reeksen().stream().filter(r -> r.label().equals("Nu in groep 5")).findFirst()
                .orElseThrow();
        assertThat(groep5.waarden().subList(3, 6)).as("a cohort has no results in groepen it has not reached").containsOnlyNulls();
        assertThat(_size(o.cohortTabel)).isEqualTo(o.cohorten.getGegevens().reeksen().size());
        assertThat(o.groei.getGegevens().gestapeld()).isFalse();
        assertThat(o.groei.getGegevens().beschrijving()).startsWith("Rekenen-wiskunde: de grootste groei van M naar E in groep");
        assertThat(java.util.stream.IntStream.range(0, _size(o.groeiTabel)).mapToObj(i -> String.join(" ", _getFormattedRow(o.groeiTabel, i))))
                .as("a difference where both shares may be shown, a sentence where not")
                .anySatisfy(r -> assertThat(r).contains("procentpunt")).allSatisfy(r -> assertThat(r).startsWith("Groep "));

        VakTabel technisch = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-technisch-lezen"));
        assertThat(technisch.ontwikkeling.cohorten.getGegevens().reeksen()).as("no line runs back across the change from A-E to I-V")
                .allSatisfy(r -> assertThat(r.waarden().stream().filter(java.util.Objects::nonNull).count()).isLessThanOrEqualTo(2));
    }

    @Test
    void a_small_group_shows_no_number_under_five_and_a_scale_change_is_marked_as_a_break() {
        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        List<Schooljaar> jaren = view.schooljaar.getListDataView().getItems().toList();
        assertThat(jaren).hasSize(3);

        _setValue(view.schooljaar, jaren.getLast());
        VakTabel rekenen = _get(view.vakken, VakTabel.class, spec -> spec.withId("trends-rekenen-wiskunde"));
        List<String> groep8 = java.util.stream.IntStream.range(0, _size(rekenen.grid)).mapToObj(i -> _getFormattedRow(rekenen.grid, i))
                .map(rij -> String.join(" | ", rij)).filter(rij -> rij.startsWith("Groep 8")).toList();
        assertThat(groep8).hasSize(2).allSatisfy(rij -> assertThat(rij).as("4 pupils").contains("| minder dan 5 |")
                .doesNotContainPattern("\\d+%\\)"));

        _setValue(view.schooljaar, jaren.get(1));
        VakTabel technisch = _get(view.vakken, VakTabel.class, spec -> spec.withId("trends-technisch-lezen"));
        assertThat(String.join(" ", _getFormattedRow(technisch.grid, 0))).contains("de trend begint hier opnieuw");
        VakTabel spelling = _get(view.vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        assertThat(String.join(" ", _getFormattedRow(spelling.grid, 0))).doesNotContain("de trend begint hier opnieuw");
    }

    @Test
    void the_kc_imports_a_file_after_its_dry_run_and_sees_it_in_the_table() {
        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        assertThat(view.importeren.isVisible()).isTrue();
        _click(view.importeren);
        TrendImportDialog dialoog = _get(TrendImportDialog.class);

        byte[] bestand = ("schooljaar;meetmoment;afnamedatum;jaargroep;groep;vak;aanbieder;toets;schaal;aantal;gem_vaardigheid;"
                + "n_I;n_II;n_III;n_IV;n_V;toelichting\n"
                + "2030-2031;M;2031-01-27;4;4B;spelling;cito;Spelling M4;IV;22;131,5;4;5;5;4;4;Nieuwe methode sinds september\n")
                .getBytes(StandardCharsets.UTF_8);
        _upload(dialoog.upload, "m-2031.csv", "text/csv", bestand);
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        assertThat(dialoog.gelezen.getText()).isEqualTo("Gelezen als UTF-8, kolommen gescheiden door ;, decimale komma of punt.");
        assertThat(dialoog.samenvatting.getText()).isEqualTo("1 nieuw, 0 ongewijzigd, 0 gewijzigd, 0 met fouten.");
        assertThat(dialoog.importeren.isEnabled()).isTrue();
        _click(dialoog.importeren);

        TrendsView na = _get(TrendsView.class);
        assertThat(na.schooljaar.getValue()).hasToString("2030-2031");
        VakTabel spelling = _get(na.vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        assertThat(String.join(" ", _getFormattedRow(spelling.grid, 0))).contains("Groep 4").contains("131,50")
                .contains("Nieuwe methode sinds september").contains("II: 5 (23%)")
                .as("4 pupils on level I is under the minimum").contains("I: minder dan 5 ·");
    }

    @Test
    void the_kc_sets_an_ambition_that_is_drawn_as_a_line_and_judged_in_the_table() {
        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        // the demonstration's last school year (other tests import later ones)
        _setValue(view.schooljaar, Schooljaar.van(java.time.LocalDate.now()).vorige());
        _click(view.ambities);
        AmbitiesDialog dialoog = _get(AmbitiesDialog.class);
        dialoog.vak.setValue(nl.leerteam.trends.Vak.TECHNISCH_LEZEN);
        dialoog.drempel.setValue(60);
        dialoog.groepVan.setValue(3);
        dialoog.groepTot.setValue(8);
        _click(dialoog.opslaan);
        assertThat(_size(dialoog.lijst)).isGreaterThanOrEqualTo(1);

        VakTabel technisch = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-technisch-lezen"));
        assertThat(technisch.grafieken.getFirst().getGegevens().lijnen()).singleElement().satisfies(lijn -> {
            assertThat(lijn.waarde()).isEqualTo(60);
            assertThat(lijn.label()).isEqualTo("Ambitie 60% op of boven het midden (I–III, A–C), groep 3–8");
            assertThat(lijn.xMin()).isEqualTo(-0.5);
            assertThat(lijn.xMax()).isEqualTo(11.5);
        });
        assertThat(String.join(" ", _getFormattedRow(technisch.grid, 0))).containsAnyOf("gehaald (", "niet te zeggen");

        dialoog.drempel.setValue(140);
        _click(dialoog.opslaan);
        assertThat(dialoog.drempel.isInvalid()).as("checked on the server, said next to the field").isTrue();
        assertThat(dialoog.drempel.getValue()).isEqualTo(140);
    }

    @Test
    void a_group_overview_gets_its_columns_guessed_mapped_and_dry_run_before_it_is_imported() {
        // another school than the one whose years the other tests count
        login("fatima");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        _click(view.importeren);
        TrendImportDialog dialoog = _get(TrendImportDialog.class);
        byte[] csv = "Groep;Aantal;Gem. vaardigheid;I;II;III;IV;V\n4A;21;150,5;4;5;4;4;4\nTotaal;21;150,5;4;5;4;4;4\n"
                .getBytes(StandardCharsets.UTF_8);
        dialoog.indelen("groepsoverzicht.csv", csv, importService.groepsoverzicht(view.school.getValue().schoolId(), "groepsoverzicht.csv",
                csv).orElseThrow());
        IndelingFormulier indeling = dialoog.indeling;
        assertThat(indeling.groep.getValue()).isEqualTo("Groep");
        assertThat(indeling.aantal.getValue()).isEqualTo("Aantal");
        assertThat(indeling.gemiddelde.getValue()).as("recognised by its name").isEqualTo("Gem. vaardigheid");
        assertThat(indeling.niveaus).extracting(s -> s.getValue()).containsExactly("I", "II", "III", "IV", "V");
        _click(indeling.proef);
        assertThat(indeling.vak.isInvalid()).as("what the file does not say, the KC chooses").isTrue();
        indeling.vak.setValue(nl.leerteam.trends.Vak.TECHNISCH_LEZEN);
        indeling.aanbieder.setValue(nl.leerteam.trends.Aanbieder.CITO);
        indeling.toets.setValue("DMT M4");
        indeling.meetmoment.setValue(nl.leerteam.trends.Meetmoment.M);
        _click(indeling.proef);
        assertThat(dialoog.regels.isVisible()).isTrue();
        assertThat(String.join(" ", _getFormattedRow(dialoog.regels, 0))).contains("DMT M4").contains("Groep 4");
        assertThat(dialoog.importeren.isEnabled()).isTrue();
        _click(dialoog.importeren);
        assertThat(_find(TrendImportDialog.class)).as("imported, the dialog closes").isEmpty();
    }

    @Test
    void a_dry_run_with_errors_cannot_be_imported_and_board_staff_do_not_get_the_page() {
        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        _click(view.importeren);
        TrendImportDialog dialoog = _get(TrendImportDialog.class);
        byte[] fout = "schooljaar;meetmoment;jaargroep;vak;aanbieder;toets;schaal;aantal;I;II;III;IV;V\n2030-2031;M;9;spelling;cito;S;IV;5;1;1;1;1;1\n"
                .getBytes(StandardCharsets.UTF_8);
        dialoog.toon("fout.csv", fout, importService.voorbeeld(view.school.getValue().schoolId(), "fout.csv", fout));
        assertThat(dialoog.importeren.isEnabled()).isFalse();
        assertThat(String.join(" ", _getFormattedRow(dialoog.regels, 0))).contains("Fout").contains("jaargroep: Jaargroep \"9\"");

        login("annelies");
        geweigerd(() -> UI.getCurrent().navigate(TrendsView.class));
    }

    @Test
    void board_staff_see_the_schools_side_by_side_with_hidden_cells_said_in_words_and_a_kc_does_not_get_the_page() {
        login("annelies");
        UI.getCurrent().navigate(BestuurTrendsView.class);
        BestuurTrendsView view = _get(BestuurTrendsView.class);
        List<Schooljaar> jaren = view.vergelijking.schooljaar.getListDataView().getItems().toList();
        _setValue(view.vergelijking.schooljaar, jaren.getLast());
        _setValue(view.vergelijking.meetmoment, nl.leerteam.trends.Meetmoment.M);
        assertThat(_size(view.vergelijking.grid)).as("three schools and the board").isEqualTo(4);
        List<String> regels = java.util.stream.IntStream.range(0, 4).mapToObj(i -> String.join(" | ", _getFormattedRow(view.vergelijking.grid, i))).toList();
        assertThat(regels).filteredOn(r -> r.startsWith("Kindcentrum Het Kompas")).singleElement()
                .satisfies(r -> assertThat(r).contains("verborgen"));
        assertThat(regels.getLast()).contains("leerlingen");

        login("bram");
        geweigerd(() -> UI.getCurrent().navigate(BestuurTrendsView.class));
    }

    /** The buttons in the notes cell of a row. */
    private static List<com.vaadin.flow.component.button.Button> knoppen(VakTabel tabel, int rij, String klasse) {
        return _find(com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(tabel.grid, rij, "notities"),
                com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses(klasse));
    }

    @Test
    void a_teacher_puts_a_note_on_a_point_that_the_school_sees_and_only_she_or_a_leader_takes_away() {
        login("emma");
        UI.getCurrent().navigate(TrendsView.class);
        TrendsView view = _get(TrendsView.class);
        VakTabel spelling = _get(view.vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        _click(knoppen(spelling, 0, "trend-notitie-nieuw").getFirst());
        NotitieDialog dialoog = _get(NotitieDialog.class);
        assertThat(dialoog.getHeaderTitle()).isEqualTo("Notitie bij groep 3, Midden");
        dialoog.tekst.setValue("Sanne de Vries zat in deze groep");
        _click(dialoog.opslaan);
        assertThat(_find(nl.leerteam.privacy.ui.PrivacyDialog.class)).as("a name goes through the privacy guard").hasSize(1);
        _get(nl.leerteam.privacy.ui.PrivacyDialog.class).close();
        dialoog.tekst.setValue("Twee nieuwkomers uit het buitenland");
        _click(dialoog.opslaan);

        spelling = _get(view.vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        assertThat(String.join(" ", _getFormattedRow(spelling.grid, 0))).as("the table twin carries the note")
                .contains("Twee nieuwkomers uit het buitenland (Emma Kok)");
        assertThat(knoppen(spelling, 0, "trend-notitie-weg")).as("her own note she takes away").hasSize(1);

        login("ruben");
        UI.getCurrent().navigate(TrendsView.class);
        spelling = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        assertThat(String.join(" ", _getFormattedRow(spelling.grid, 0))).contains("Twee nieuwkomers");
        assertThat(knoppen(spelling, 0, "trend-notitie-weg")).as("a colleague sees it but cannot take it away").isEmpty();

        login("bram");
        UI.getCurrent().navigate(TrendsView.class);
        spelling = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        _click(knoppen(spelling, 0, "trend-notitie-weg").getFirst());
        spelling = _get(_get(TrendsView.class).vakken, VakTabel.class, spec -> spec.withId("trends-spelling"));
        assertThat(String.join(" ", _getFormattedRow(spelling.grid, 0))).doesNotContain("Twee nieuwkomers");
    }
}
