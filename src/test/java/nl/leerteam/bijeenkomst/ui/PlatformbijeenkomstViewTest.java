package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.KaribuTest;
import nl.leerteam.trends.ui.Schoolvergelijking;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A meeting of the board's KC-platform on the meeting screens: its list, its agenda of cards and the schools side by side. */
class PlatformbijeenkomstViewTest extends KaribuTest {

    @Test
    void board_staff_plan_it_a_kc_puts_a_card_and_the_schools_side_by_side_on_the_agenda_and_sees_them_in_the_meeting() {
        login("annelies");
        UUID annelies = CurrentUser.require().gebruikerId();
        OrganisatieService organisatie = context.getBean(OrganisatieService.class);
        UUID kring = organisatie.kcPlatform();
        UI.getCurrent().navigate("platform");
        assertThat(_get(Anchor.class, spec -> spec.withId("platform-bijeenkomsten")).getHref())
                .isEqualTo("leerteams/" + kring + "/bijeenkomsten");
        UI.getCurrent().navigate(BijeenkomstenView.class, new RouteParameters(BijeenkomstenView.PARAMETER, kring.toString()));
        BijeenkomstenView lijst = _get(BijeenkomstenView.class);
        assertThat(lijst.titel.getText()).isEqualTo("Bijeenkomsten van KC-platform");
        assertThat(lijst.plannen.isVisible()).as("board staff plan").isTrue();

        login("bram");
        UUID bram = CurrentUser.require().gebruikerId();
        login("annelies");
        UUID id = context.getBean(BijeenkomstService.class).plannen(kring, new BijeenkomstFormulier("KC-platform najaar",
                LocalDate.now().plusDays(30 + new java.util.Random().nextInt(300)), LocalTime.of(14, 0), LocalTime.of(16, 0),
                "Bestuursbureau", null, annelies, bram, null), false);

        login("bram");
        UI.getCurrent().navigate(BijeenkomstenView.class, new RouteParameters(BijeenkomstenView.PARAMETER, kring.toString()));
        assertThat(_get(BijeenkomstenView.class).plannen.isVisible()).as("a KC does not plan").isFalse();
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        assertThat(view.kopPart.titel.getText()).isEqualTo("KC-platform najaar");
        _click(view.agendaInvoer.nieuw);
        assertThat(view.agendaInvoer.soort.getListDataView().getItems().toList()).isEqualTo(AgendapuntSoort.KC_PLATFORM);
        view.agendaInvoer.soort.setValue(AgendapuntSoort.PRAKTIJKKAART);
        assertThat(view.agendaInvoer.titel.isVisible()).isFalse();
        Map.Entry<UUID, String> kaart = view.agendaInvoer.verwijzing.getListDataView().getItems()
                .filter(e -> e.getValue().equals("Korte instructie met wisbordjes")).findFirst().orElseThrow();
        view.agendaInvoer.verwijzing.setValue(kaart);
        _click(view.agendaInvoer.toevoegen);
        view.agendaInvoer.soort.setValue(AgendapuntSoort.TRENDVERGELIJKING);
        view.agendaInvoer.titel.setValue("Begrijpend lezen naast elkaar");
        _click(view.agendaInvoer.toevoegen);

        Anchor link = _get(view.puntPart, Anchor.class, spec -> spec.withId("agendapunt-link"));
        assertThat(link.getText()).isEqualTo("Open de praktijkkaart: Korte instructie met wisbordjes");
        assertThat(link.getHref()).isEqualTo("platform/kaarten/" + kaart.getKey());
        _click(_find(view.agendaPart, com.vaadin.flow.component.button.Button.class).stream()
                .filter(b -> b.getText().contains("Begrijpend lezen naast elkaar")).findFirst().orElseThrow());
        assertThat(_find(view.puntPart, Schoolvergelijking.class)).as("the schools side by side, in the meeting").hasSize(1);
    }
}
