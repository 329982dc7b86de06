package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.shared.ui.NietGevondenFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PrivacyverklaringViewTest extends KaribuTest {

    @Autowired
    BeheerService beheer;

    @Test
    void a_parent_reads_the_schools_statement_without_a_login_written_from_the_boards_actual_periods() {
        login("marieke");
        UI.getCurrent().navigate(BeheerView.class);
        String adres = _find(RouterLink.class).stream().filter(l -> l.getText().equals("Privacyverklaring van OBS De Regenboog"))
                .findFirst().orElseThrow().getHref();
        login("annelies");
        beheer.bewaartermijnenInstellen(9, 30);

        Inloggen.uit();
        UI.getCurrent().navigate(adres);
        PrivacyverklaringView verklaring = _get(PrivacyverklaringView.class);
        String tekst = verklaring.getElement().getTextRecursively();
        assertThat(tekst).contains("Privacyverklaring Leerteam van OBS De Regenboog", "Stichting")
                .contains("9 maanden na het afsluiten verwijderd", "30 maanden na het afronden verwijderd",
                        "ten minste 5 bezoeken", "werkt 14 dagen");
        assertThat(tekst).as("it names no person").doesNotContain("Marieke", "Annelies", "@");

        UI.getCurrent().navigate(adres, com.vaadin.flow.router.QueryParameters.of("taal", "en"));
        String engels = _get(PrivacyverklaringView.class).getElement().getTextRecursively();
        assertThat(engels).contains("Leerteam privacy statement of OBS De Regenboog", "removed 30 months after it was finished");
        assertThat(_get(PrivacyverklaringView.class).getElement().getAttribute("lang")).isEqualTo("en");

        UI.getCurrent().navigate("privacyverklaring/" + UUID.randomUUID());
        _assertOne(NietGevondenFout.class);
        UI.getCurrent().navigate("privacyverklaring/geen-id");
        _assertOne(NietGevondenFout.class);

        login("annelies");
        beheer.bewaartermijnenInstellen(12, 24);
    }
}
