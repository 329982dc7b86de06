package nl.leerteam.klassenbezoek.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class KijkwijzerViewsTest extends KaribuTest {

    @Autowired
    KijkwijzerService service;

    @Test
    void a_kc_starts_from_the_example_edits_a_criterion_and_gets_a_clear_message_for_an_empty_domain() {
        login("fatima");
        UI.getCurrent().navigate(KijkwijzersView.class);
        KijkwijzersView lijst = _get(KijkwijzersView.class);
        assertThat(lijst.upload.isVisible()).isTrue();
        _click(lijst.voorbeeld);
        KijkwijzerEditor editor = _get(KijkwijzerEditor.class);
        assertThat(editor.rijen).hasSize(5);
        editor.plek.setValue(editor.plek.getListDataView().getItems()
                .filter(p -> "CBS De Wegwijzer".equals(p.schoolNaam())).findFirst().orElseThrow());
        editor.naam.setValue("Directe instructie (Wegwijzer)");
        KijkwijzerEditor.DomeinRij leeg = editor.voegDomeinToe(new nl.leerteam.klassenbezoek.KijkwijzerInhoud.Domein("Rekenen", java.util.List.of()));
        _click(editor.opslaan);
        assertThat(editor.fout.isVisible()).isTrue();
        assertThat(editor.fout.getText()).contains("Rekenen");
        assertThat(editor.isOpened()).isTrue();
        leeg.voegCriteriumToe(new nl.leerteam.klassenbezoek.KijkwijzerInhoud.Criterium(null, "Er is een rekenmuur.", null));
        _click(editor.opslaan);

        KijkwijzerView view = _get(KijkwijzerView.class);
        assertThat(view.titel.getText()).isEqualTo("Directe instructie (Wegwijzer)");
        assertThat(view.geldtVoor.getText()).isEqualTo("CBS De Wegwijzer");
        assertThat(_find(view.inhoud, H3.class)).extracting(H3::getText).contains("Start van de les", "Rekenen");
        assertThat(view.exporteren.getHref()).isNotBlank();
        assertThat(view.wijzigen.isVisible()).isTrue();

        _click(view.wijzigen);
        KijkwijzerEditor wijzig = _get(KijkwijzerEditor.class);
        assertThat(wijzig.plek.isVisible()).as("where it applies does not change").isFalse();
        wijzig.rijen.getFirst().criteria.getFirst().tekst.setValue("De leerkracht haalt voorkennis op.");
        _click(wijzig.opslaan);
        assertThat(view.inhoud.getElement().getTextRecursively()).contains("De leerkracht haalt voorkennis op.");
    }

    @Test
    void a_teacher_reads_the_kijkwijzers_of_her_school_but_cannot_change_them() {
        nl.leerteam.support.Inloggen.als(inlog, "fatima");
        java.util.UUID wegwijzer = service.plekken().stream().filter(p -> "CBS De Wegwijzer".equals(p.schoolNaam()))
                .findFirst().orElseThrow().schoolId();
        java.util.UUID id = service.aanmaken(wegwijzer, service.voorbeeld());
        login("noor");
        UI.getCurrent().navigate(KijkwijzersView.class);
        KijkwijzersView lijst = _get(KijkwijzersView.class);
        assertThat(lijst.nieuw.getParent().orElseThrow().isVisible()).as("no way to define one").isFalse();
        assertThat(lijst.grid.getListDataView().getItems()).extracting(k -> k.id()).contains(id);
        UI.getCurrent().navigate(KijkwijzerView.class, KijkwijzerView.parameters(id));
        assertThat(_get(KijkwijzerView.class).wijzigen.isVisible()).isFalse();
        assertThat(_get(KijkwijzerView.class).titel.getText()).isEqualTo("Directe instructie en klassenklimaat");
    }
}
