package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.UitnodigingFormulier;
import nl.leerteam.organisatie.UitnodigingVerstuurd;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The pages people see before they are logged in, and "Mijn leerteams". */
class OpenPaginasTest extends KaribuTest {

    @Autowired
    BeheerService beheer;

    @Test
    void the_development_login_lists_the_demo_people_with_their_roles() {
        UI.getCurrent().navigate(LoginView.class);
        Div demo = _get(Div.class, spec -> spec.withId("dev-login"));
        List<DevLoginFormulier> accounts = _find(demo, DevLoginFormulier.class);
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(20);
        assertThat(accounts).anySatisfy(form -> {
            assertThat(form.getElement().getChild(2).getAttribute("id")).isEqualTo("dev-login-fatima");
            assertThat(form.getElement().getChild(2).hasAttribute("aria-label")).as("named by its visible text").isFalse();
            assertThat(form.getElement().getChild(2).getChild(1).getText()).isEqualTo("Kwaliteitscoördinator");
            assertThat(form.getElement().getChild(2).getChild(2).getText()).isEqualTo("CBS De Wegwijzer, OBS De Regenboog");
        });
        _assertNone(Paragraph.class, spec -> spec.withId("login-fout"));
    }

    @Test
    void a_failed_login_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-fout")).isVisible()).isTrue();
    }

    @Test
    void the_no_access_page_explains_each_reason() {
        UI.getCurrent().navigate("geen-toegang", QueryParameters.of("reden", "andere-organisatie"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("geen-toegang-uitleg")).getText()).contains("hoort bij een organisatie")
                .doesNotContain("kent dit account nog niet");
        UI.getCurrent().navigate("geen-toegang", QueryParameters.of("reden", "onbekend"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("geen-toegang-uitleg")).getText()).contains("kent dit account nog niet");
        UI.getCurrent().navigate("geen-toegang", QueryParameters.of("reden", "<script>"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("geen-toegang-uitleg")).getText()).contains("kent dit account nog niet");
    }

    @Test
    void an_invitation_link_greets_the_invited_person_and_a_wrong_one_explains() {
        Inloggen.als(inlog, "marieke");
        UUID regenboog = beheer.beheerbareScholen().getFirst().id();
        UitnodigingVerstuurd uitnodiging = beheer.uitnodigen(regenboog, new UitnodigingFormulier("Greta Gast",
                "greta-" + UUID.randomUUID() + "@deregenboog.nl", Set.of(Rol.LEERKRACHT), Set.of()));
        Inloggen.uit();

        UI.getCurrent().navigate(uitnodiging.link().substring("http://localhost:8080/".length()));
        assertThat(_get(Paragraph.class, spec -> spec.withId("uitnodiging-welkom")).getText())
                .isEqualTo("Welkom, Greta Gast. Je bent uitgenodigd voor Leerteam van Stichting Openbaar Primair Onderwijs Waterland.");

        UI.getCurrent().navigate("uitnodiging/verzonnen");
        assertThat(_get(Paragraph.class, spec -> spec.withId("uitnodiging-ongeldig")).getText()).contains("niet (meer) geldig");
    }

    @Test
    void my_leerteams_lists_the_members_of_my_leerteam() {
        login("ayse");
        UI.getCurrent().navigate(MijnLeerteamsView.class);
        Div mijn = _get(Div.class, spec -> spec.withId("mijn-leerteams"));
        assertThat(_find(mijn, H3.class)).extracting(H3::getText).containsExactly("Middenbouw");
        assertThat(_find(mijn, com.vaadin.flow.component.html.ListItem.class))
                .extracting(li -> li.getText()).containsExactly("Ayşe Yılmaz", "Pieter Visser");
    }
}
