package nl.leerteam.zoeken.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import nl.leerteam.zoeken.ZoekService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ZoekViewTest extends KaribuTest {

    @Autowired
    CasusService casussen;
    @Autowired
    OrganisatieService organisatie;

    @Test
    void the_field_in_the_top_bar_opens_the_results_grouped_by_kind_with_the_words_found_marked_as_text() {
        String kenmerk = IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + new Random().nextInt(26))))
                .collect(Collectors.joining());
        Inloggen.als(inlog, "sanne");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().getFirst().id();
        UUID casus = casussen.inbrengen(team, new CasusFormulier(null, 5, "Hoe help ik hem bij <b>" + kenmerk + "</b>?",
                null, null, null, null, false, null, null, null, Set.of(), null), false).id();

        login("sanne");
        UI.getCurrent().navigate("");
        TextField veld = _get(TextField.class, spec -> spec.withId("zoekveld"));
        assertThat(veld.getAriaLabel()).hasValue("Zoeken");
        UI.getCurrent().navigate(ZoekView.class, QueryParameters.of("q", kenmerk));
        ZoekView view = _get(ZoekView.class);
        assertThat(view.samenvatting.getText()).isEqualTo("1 resultaat voor '" + kenmerk + "'.");
        assertThat(view.resultaten.getElement().getTextRecursively()).contains("Leerlingbesprekingen");
        Anchor link = _get(view.resultaten, Anchor.class);
        assertThat(link.getHref()).isEqualTo("casussen/" + casus);
        Div fragment = _find(view.resultaten, Div.class).stream().filter(d -> d.hasClassName("lt-zoekfragment")).findFirst().orElseThrow();
        assertThat(fragment.getElement().getChildren().filter(e -> !e.isTextNode() && e.getTag().equals("mark")).map(e -> e.getText()).toList())
                .containsExactly(kenmerk);
        assertThat(link.getText()).as("markup in a title stays text").contains("<b>" + kenmerk + "</b>");
        assertThat(fragment.getElement().getChildren().noneMatch(e -> !e.isTextNode() && e.getTag().equals("b"))).isTrue();

        UI.getCurrent().navigate(ZoekView.class, QueryParameters.of("q", "de het een"));
        assertThat(_get(ZoekView.class).samenvatting.getText()).contains("te algemeen");
    }

    @Test
    void the_overview_shows_the_best_five_of_a_kind_and_links_to_the_rest() {
        String kenmerk = IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + new Random().nextInt(26))))
                .collect(Collectors.joining());
        Inloggen.als(inlog, "joris");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().getFirst().id();
        for (int i = 0; i < ZoekService.OVERZICHT + 2; i++) {
            casussen.inbrengen(team, new CasusFormulier(null, 1 + i, "Hoe help ik hem bij " + kenmerk + "?", null, null, null, null,
                    false, null, null, null, Set.of(), null), false);
        }

        login("joris");
        UI.getCurrent().navigate(ZoekView.class, QueryParameters.of("q", kenmerk));
        ZoekView overzicht = _get(ZoekView.class);
        assertThat(_find(overzicht.resultaten, ListItem.class)).hasSize(ZoekService.OVERZICHT);
        assertThat(overzicht.samenvatting.getText()).startsWith("De beste 5 resultaten voor '" + kenmerk + "', per soort");
        Anchor meer = _find(overzicht.resultaten, Anchor.class).stream().filter(a -> a.hasClassName("lt-zoekmeer")).findFirst().orElseThrow();
        assertThat(meer.getText()).isEqualTo("Meer leerlingbesprekingen voor '" + kenmerk + "'");
        assertThat(meer.getHref()).isEqualTo("zoeken?q=" + kenmerk + "&soort=CASUS");

        UI.getCurrent().navigate(ZoekView.class, QueryParameters.fromString(meer.getHref().substring("zoeken?".length())));
        ZoekView alle = _get(ZoekView.class);
        assertThat(_find(alle.resultaten, ListItem.class)).hasSize(ZoekService.OVERZICHT + 2);
        assertThat(alle.samenvatting.getText()).isEqualTo("7 resultaten voor '" + kenmerk + "'.");
        assertThat(_get(alle.resultaten, Anchor.class, spec -> spec.withId("zoeken-alle-soorten")).getHref())
                .isEqualTo("zoeken?q=" + kenmerk);
    }
}
