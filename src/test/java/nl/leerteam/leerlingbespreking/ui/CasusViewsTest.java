package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.leerlingbespreking.CasusDetails;
import nl.leerteam.leerlingbespreking.CasusSamenvatting;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.ui.MijnLeerteamsView;
import nl.leerteam.privacy.ui.PrivacyDialog;
import nl.leerteam.shared.ui.GeenToegangFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CasusViewsTest extends KaribuTest {

    @Autowired
    OrganisatieService organisatie;
    @Autowired
    CasusService casussen;

    private UUID middenbouw;

    @BeforeEach
    void middenbouwVanDeRegenboog() {
        Inloggen.als(inlog, "ayse");
        middenbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        Inloggen.uit();
    }

    @Test
    void a_teacher_finds_the_cases_from_her_leerteam_card_and_brings_one_in() {
        login("ayse");
        UI.getCurrent().navigate(MijnLeerteamsView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Casussen"));
        assertThat(link.getHref()).isEqualTo("leerteams/" + middenbouw + "/casussen");

        UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw));
        CasussenView view = _get(CasussenView.class);
        assertThat(view.titel.getText()).isEqualTo("Casussen van Middenbouw");
        int voor = view.grid.isVisible() ? _size(view.grid) : 0;

        _click(view.inbrengen);
        CasusDialog dialoog = _get(CasusDialog.class);
        dialoog.groep.setValue(5);
        dialoog.hulpvraag.setValue("Hoe krijg ik meer rust bij zelfstandig werken?");
        dialoog.watGaatGoed.setValue("Werkt goed samen in tweetallen.");
        dialoog.tags.setValue("werkhouding, rust");
        _click(dialoog.opslaan);

        assertThat(dialoog.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(voor + 1);
        assertThat(rijen(view)).anySatisfy(c -> {
            assertThat(c.hulpvraag()).isEqualTo("Hoe krijg ik meer rust bij zelfstandig werken?");
            assertThat(c.eigenaarNaam()).isEqualTo("Ayşe Yılmaz");
            assertThat(c.pseudoniem()).startsWith("Leerling ");
        });
    }

    @Test
    void a_name_in_the_text_asks_for_a_deliberate_confirmation_before_it_is_saved() {
        CasussenView view = casussenVanMiddenbouwAlsAyse();
        CasusDialog dialoog = nieuweCasus(view);
        String hulpvraag = "Hoe help ik Yusuf " + UUID.randomUUID().toString().substring(0, 4) + " met rekenen?";
        dialoog.groep.setValue(4);
        dialoog.hulpvraag.setValue(hulpvraag);
        _click(dialoog.opslaan);

        PrivacyDialog waarschuwing = _get(PrivacyDialog.class);
        assertThat(dialoog.isOpened()).as("the form keeps its input").isTrue();
        assertThat(rijen(view)).noneMatch(c -> c.hulpvraag().equals(hulpvraag));

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Toch opslaan")));
        assertThat(waarschuwing.isOpened()).isFalse();
        assertThat(rijen(view)).anyMatch(c -> c.hulpvraag().equals(hulpvraag));
    }

    @Test
    void a_name_is_replaced_by_the_cases_pseudonym_with_one_click_and_the_field_that_held_it_is_marked() {
        CasussenView view = casussenVanMiddenbouwAlsAyse();
        CasusDialog dialoog = nieuweCasus(view);
        String pseudoniem = dialoog.pseudoniem.getPlaceholder();
        String hulpvraag = "Hoe help ik bij dictees? " + java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> String.valueOf((char) ('a' + new java.util.Random().nextInt(26)))).collect(java.util.stream.Collectors.joining());
        dialoog.groep.setValue(6);
        dialoog.hulpvraag.setValue(hulpvraag);
        dialoog.watZieIk.setValue("Iris is faalangstig bij dictees.");
        _click(dialoog.opslaan);

        _get(PrivacyDialog.class);
        assertThat(dialoog.watZieIk.isInvalid()).as("the field with the name is marked").isTrue();
        assertThat(dialoog.watZieIk.getErrorMessage()).contains("Voornaam");
        assertThat(dialoog.hulpvraag.isInvalid()).as("a clean field is not").isFalse();
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Vervang door " + pseudoniem)));

        assertThat(dialoog.watZieIk.getValue()).isEqualTo(pseudoniem + " is faalangstig bij dictees.");
        assertThat(dialoog.isOpened()).as("saved at once, without a confirmation").isFalse();
        assertThat(rijen(view)).anySatisfy(c -> {
            assertThat(c.hulpvraag()).isEqualTo(hulpvraag);
            assertThat(c.pseudoniem()).isEqualTo(pseudoniem);
        });
    }

    @Test
    void a_bsn_is_never_saved() {
        CasussenView view = casussenVanMiddenbouwAlsAyse();
        CasusDialog dialoog = nieuweCasus(view);
        dialoog.groep.setValue(4);
        dialoog.hulpvraag.setValue("Zijn BSN is 111 222 333, mag dat erin?");
        _click(dialoog.opslaan);
        PrivacyDialog geblokkeerd = _get(PrivacyDialog.class);
        assertThat(geblokkeerd.getHeaderTitle()).isEqualTo("Dit kan niet worden opgeslagen");
        _assertNone(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Toch opslaan"));
        assertThat(rijen(view)).noneMatch(c -> c.hulpvraag().contains("111 222 333"));
    }

    @Test
    void the_owner_edits_a_case_and_a_colleague_and_the_kc_only_read_it() {
        Inloggen.als(inlog, "pieter");
        CasusDetails casus = casussen.inbrengen(middenbouw, new nl.leerteam.leerlingbespreking.CasusFormulier(null, 5,
                "Hoe daag ik hem meer uit?", null, null, null, null, false, null, null, null, java.util.Set.of(), null), false);
        Inloggen.uit();

        login("pieter");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casus.id()));
        CasusView view = _get(CasusView.class);
        assertThat(view.wijzigen.isVisible()).isTrue();
        _click(view.wijzigen);
        CasusDialog dialoog = _get(CasusDialog.class);
        assertThat(dialoog.hulpvraag.getValue()).isEqualTo("Hoe daag ik hem meer uit?");
        dialoog.watZieIk.setValue("Is snel klaar en gaat dan anderen storen.");
        _click(dialoog.opslaan);
        assertThat(_find(view.inhoud, H3.class)).extracting(H3::getText).contains("Wat zie ik?");

        login("ayse");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casus.id()));
        assertThat(_get(CasusView.class).wijzigen.isVisible()).isFalse();

        login("fatima");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casus.id()));
        assertThat(_get(CasusView.class).titel.getText()).startsWith(casus.inhoud().pseudoniem());
    }

    @Test
    void the_owner_closes_a_case_after_confirming() {
        Inloggen.als(inlog, "pieter");
        CasusDetails casus = casussen.inbrengen(middenbouw, new nl.leerteam.leerlingbespreking.CasusFormulier(null, 5,
                "Klaar om af te sluiten", null, null, null, null, false, null, null, null, java.util.Set.of(), null), false);
        Inloggen.uit();
        login("pieter");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(casus.id()));
        CasusView view = _get(CasusView.class);
        _click(view.afsluiten);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(vraag,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(vraag, false));
        assertThat(view.onderkop.getText()).endsWith("Afgesloten");
        assertThat(view.afsluiten.isVisible()).isFalse();
        assertThat(view.wijzigen.isVisible()).isFalse();
    }

    @Test
    void a_teacher_of_another_leerteam_gets_not_found_and_a_director_no_entry() {
        login("lotte");
        UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw));
        _assertOne(GeenToegangFout.class);
        _assertNone(CasussenView.class);
        UI.getCurrent().navigate("casussen/geen-id");
        _assertOne(GeenToegangFout.class);

        login("marieke");
        geweigerd(() -> UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw)));
    }

    private CasussenView casussenVanMiddenbouwAlsAyse() {
        login("ayse");
        UI.getCurrent().navigate(CasussenView.class, CasussenView.parameters(middenbouw));
        return _get(CasussenView.class);
    }

    private static CasusDialog nieuweCasus(CasussenView view) {
        _click(view.inbrengen);
        return _get(CasusDialog.class);
    }

    private static List<CasusSamenvatting> rijen(CasussenView view) {
        return IntStream.range(0, _size(view.grid)).mapToObj(i -> _get(view.grid, i)).toList();
    }

    /** AVG: the owner sees who else opened her case and when (names and roles); nobody else sees it. */
    @Test
    void the_owner_sees_who_read_her_case_and_a_colleague_does_not() {
        Inloggen.als(inlog, "pieter");
        UUID id = casussen.inbrengen(middenbouw, new nl.leerteam.leerlingbespreking.CasusFormulier(null, 4,
                "Hoe houdt hij zijn aandacht bij de les?", "Kijkt veel naar buiten.", null, "Behulpzaam.", null, false, null, null,
                "Nog niet besproken.", java.util.Set.of(), null), false).id();
        Inloggen.als(inlog, "ayse");
        casussen.casus(id);
        Inloggen.uit();

        login("pieter");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(id));
        CasusView view = _get(CasusView.class);
        assertThat(view.lezers).as("the owner has the list").isNotNull();
        assertThat(view.lezers.lijst.getChildren()).as("read only when she opens it").isEmpty();
        view.lezers.setOpened(true);
        assertThat(view.lezers.lijst.getChildren().map(c -> c.getElement().getText()).toList())
                .singleElement().asString().startsWith("Ayşe Yılmaz (Leerkracht) · ");

        login("ayse");
        UI.getCurrent().navigate(CasusView.class, CasusView.parameters(id));
        assertThat(_get(CasusView.class).lezers).as("a colleague of the leerteam does not").isNull();
        assertThatThrownBy(() -> context.getBean(nl.leerteam.leerlingbespreking.WieLasMijnCasus.class).lezers(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
