package nl.leerteam.klassenbezoek.ui;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.BezoekStatus;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.Waarneming;
import nl.leerteam.shared.ui.GeenToegangFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KlassenbezoekViewsTest extends KaribuTest {

    @Autowired
    KlassenbezoekService service;
    @Autowired
    KijkwijzerService kijkwijzers;

    @Test
    void a_teacher_asks_her_kc_for_a_visit_and_they_go_through_the_cycle_on_screen() {
        Inloggen.als(inlog, "fatima");
        UUID regenboog = kijkwijzers.plekken().stream().filter(p -> "OBS De Regenboog".equals(p.schoolNaam())).findFirst()
                .orElseThrow().schoolId();
        kijkwijzers.aanmaken(regenboog, kijkwijzers.voorbeeld());

        login("daan");
        UI.getCurrent().navigate(KlassenbezoekenView.class);
        _click(_get(KlassenbezoekenView.class).plannen);
        KlassenbezoekenView.PlanDialoog plan = _get(KlassenbezoekenView.PlanDialoog.class);
        _click(plan.opslaan);
        assertThat(plan.ander.isInvalid()).as("choose someone").isTrue();
        plan.ander.setValue(plan.ander.getListDataView().getItems().filter(c -> c.naam().equals("Fatima El Amrani")
                && c.schoolNaam().equals("OBS De Regenboog")).findFirst().orElseThrow());
        _click(plan.opslaan);

        KlassenbezoekView view = _get(KlassenbezoekView.class);
        assertThat(view.titel.getText()).isEqualTo("Klassenbezoek van Fatima El Amrani");
        _click(view.voorgesprekOpslaan);
        assertThat(view.leervraag.isInvalid()).as("the learning question comes first").isTrue();
        view.leervraag.setValue("Hoe houd ik de hele groep betrokken bij de instructie?");
        view.focus.setValue(new java.util.LinkedHashSet<>(view.focus.getListDataView().getItems().limit(9).toList()));
        _click(view.voorgesprekOpslaan);
        assertThat(view.focus.isInvalid()).as("at most eight").isTrue();
        view.focus.setValue(new java.util.LinkedHashSet<>(view.focus.getListDataView().getItems().skip(4).limit(3).toList()));
        _click(view.voorgesprekOpslaan);
        assertThat(view.observatieStarten.isAttached()).as("the observer starts, not the teacher").isFalse();
        UUID id = UUID.fromString(UI.getCurrent().getInternals().getActiveViewLocation().getSegments().get(1));

        login("fatima");
        UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(id));
        view = _get(KlassenbezoekView.class);
        _click(view.observatieStarten);
        assertThat(view.waarnemingen).hasSize(3);
        KlassenbezoekView.Waarnemingsveld eerste = view.waarnemingen.getFirst();
        _setValue(eerste.waarneming, Waarneming.DEELS);
        _setValue(eerste.notitie, "Uitleg met een voorbeeld op het bord; wisbordjes alleen bij de start.");
        assertThat(view.opgeslagen.getText()).startsWith("Alles opgeslagen om");
        view.snelleNotitie.setValue("Groepje bij het raam werkt door zonder instructie");
        _click(view.notitieToevoegen);
        BezoekDetails opgeslagen = service.bezoek(id);
        assertThat(opgeslagen.focus().getFirst().waarneming()).isEqualTo(Waarneming.DEELS);
        assertThat(opgeslagen.focus().getFirst().notitie()).startsWith("Uitleg met een voorbeeld");
        assertThat(opgeslagen.notities()).hasSize(1);

        _click(view.naarNagesprek);
        view.watGingGoed.setValue("Rustige, heldere uitleg.");
        view.feedforward.setValue("Laat iedereen tijdens de uitleg een antwoord opschrijven.");
        _click(view.nagesprekOpslaan);
        assertThat(view.reflectie.isReadOnly()).as("the reflection is the teacher's").isTrue();

        login("daan");
        UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(id));
        view = _get(KlassenbezoekView.class);
        assertThat(view.watGingGoed.isReadOnly()).isTrue();
        view.reflectie.setValue("Ik wil vaker checken bij iedereen, niet alleen bij wie de vinger opsteekt.");
        _click(view.reflectieOpslaan);
        _click(view.afronden);
        assertThat(service.bezoek(id).status()).isEqualTo(BezoekStatus.AFGEROND);
        assertThat(view.stap.getElement().getTextRecursively()).contains("Ik wil vaker checken", "Deels");

        assertThat(view.deelLeerteam.getValue().naam()).isEqualTo("Bovenbouw");
        _click(view.delen);
        assertThat(view.deelTitel.isInvalid()).isTrue();
        view.deelTitel.setValue("Iedereen laten meeschrijven tijdens de uitleg");
        _click(view.delen);
        assertThat(view.deelTitel.getValue()).as("sent, so the form is empty again").isEmpty();
    }

    @Test
    void a_director_sees_the_school_picture_and_a_teacher_does_not_get_the_page() {
        login("ingrid");
        UI.getCurrent().navigate(SchoolbeeldView.class);
        SchoolbeeldView view = _get(SchoolbeeldView.class);
        assertThat(view.school.getValue().schoolNaam()).isEqualTo("Kindcentrum Het Kompas");
        assertThat(view.totaal.getText()).contains("in deze periode");
        view.tot.setValue(view.van.getValue().minusDays(1));
        _click(view.tonen);
        assertThat(view.tot.isInvalid()).isTrue();
        // Femke teaches at Het Kompas (Daan, elsewhere in this suite, is also made a KC)
        login("femke");
        UI.getCurrent().navigate(KlassenbezoekenView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(SchoolbeeldView.class)).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_director_and_a_colleague_of_the_same_school_get_nothing_of_someone_elses_visit() {
        Inloggen.als(inlog, "fatima");
        UUID fatima = nl.leerteam.shared.security.CurrentUser.require().gebruikerId();
        UUID regenboog = kijkwijzers.plekken().stream().filter(p -> "OBS De Regenboog".equals(p.schoolNaam())).findFirst()
                .orElseThrow().schoolId();
        Inloggen.als(inlog, "lotte");
        UUID id = service.plannen(regenboog, fatima, true, java.time.LocalDate.now().plusDays(5));

        login("daan");
        UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(id));
        _assertOne(GeenToegangFout.class);
        UI.getCurrent().navigate(KlassenbezoekenView.class);
        assertThat(_get(KlassenbezoekenView.class).grid.getListDataView().getItems()).extracting(b -> b.id()).doesNotContain(id);
        for (String persoon : List.of("marieke", "annelies")) {
            login(persoon);
            assertThatThrownBy(() -> UI.getCurrent().navigate(KlassenbezoekView.class, KlassenbezoekView.parameters(id)))
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }
}
