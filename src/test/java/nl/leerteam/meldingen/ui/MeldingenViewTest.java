package nl.leerteam.meldingen.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import nl.leerteam.meldingen.Escaleren;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.meldingen.Samenvatting;
import nl.leerteam.meldingen.Voorkeur;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the top bar with its count and list, and the page where a person chooses what they get by mail. */
class MeldingenViewTest extends KaribuTest {

    private MeldingService meldingen() {
        return context.getBean(MeldingService.class);
    }

    @Test
    void the_bell_counts_what_is_new_lists_it_and_opens_what_it_is_about() {
        login("fatima");
        meldingen().allesGelezen();
        UUID casus = Escaleren.casusVanPriya(context, inlog, "Hoe help ik hem bij het rekenen?");

        login("fatima");
        UI.getCurrent().navigate("");
        Bel bel = _get(Bel.class);
        assertThat(bel.aantal.getText()).isEqualTo("1");
        assertThat(bel.knop.getAriaLabel()).hasValue("Meldingen, 1 ongelezen");

        bel.lijst.setOpened(true);
        List<Button> regels = _find(bel.regels, Button.class);
        assertThat(regels).isNotEmpty();
        Button nieuwste = regels.getFirst();
        assertThat(nieuwste.getElement().getTextRecursively()).startsWith("Ongelezen:")
                .contains("Priya Ramdin vraagt je hulp bij de casus van Leerling").doesNotContain("rekenen");
        assertThat(nieuwste.hasClassName("lt-ongelezen")).isTrue();

        _click(nieuwste);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("casussen/" + casus);
        bel.vernieuw();
        assertThat(bel.aantal.isVisible()).as("read: nothing left to count").isFalse();
        assertThat(bel.knop.getAriaLabel()).hasValue("Meldingen, niets nieuws");
        assertThat(meldingen().mijnMeldingen(Locale.of("nl")).getFirst().gelezen()).isTrue();
    }

    @Test
    void everything_is_marked_read_at_once_and_an_empty_list_says_so() {
        Escaleren.casusVanPriya(context, inlog, "Hoe help ik haar bij het lezen?");
        login("fatima");
        UI.getCurrent().navigate("");
        Bel bel = _get(Bel.class);
        assertThat(bel.aantal.isVisible()).isTrue();
        bel.lijst.setOpened(true);
        _click(_get(Button.class, spec -> spec.withId("meldingen-alles-gelezen")));
        assertThat(bel.aantal.isVisible()).isFalse();
        assertThat(_find(bel.regels, Button.class)).noneMatch(b -> b.hasClassName("lt-ongelezen"));

        nl.leerteam.organisatie.TweedeBestuur.zorgDatHetBestaat(context);
        login("b-leerkracht");
        UI.getCurrent().navigate("");
        Bel leeg = _get(Bel.class);
        leeg.lijst.setOpened(true);
        assertThat(leeg.leeg.isVisible()).isTrue();
        assertThat(leeg.leeg.getText()).isEqualTo("Nog geen meldingen.");
    }

    @Test
    void a_teacher_chooses_per_space_what_she_gets_by_mail_and_is_told_mail_is_off_here() {
        login("sanne");
        UI.getCurrent().navigate(MeldingInstellingenView.class);
        MeldingInstellingenView view = _get(MeldingInstellingenView.class);
        assertThat(view.mail.getText()).startsWith("E-mail staat uit: deze installatie van Leerteam heeft geen mailserver.");
        assertThat(view.direct.keySet()).as("no KC-platform for a teacher").containsExactly(Ruimte.LEERTEAM, Ruimte.KLASSENBEZOEK,
                Ruimte.TRENDS);
        assertThat(view.direct.get(Ruimte.LEERTEAM).getValue()).isTrue();
        assertThat(view.samenvatting.get(Ruimte.LEERTEAM).getValue()).isEqualTo(Samenvatting.WEKELIJKS);

        view.direct.get(Ruimte.KLASSENBEZOEK).setValue(false);
        view.samenvatting.get(Ruimte.TRENDS).setValue(Samenvatting.GEEN);
        _click(view.opslaan);
        expectNotifications("Je keuzes zijn opgeslagen.");
        try {
            assertThat(meldingen().voorkeuren()).containsExactly(Voorkeur.standaard(Ruimte.LEERTEAM),
                    new Voorkeur(Ruimte.KLASSENBEZOEK, false, Samenvatting.WEKELIJKS), new Voorkeur(Ruimte.TRENDS, true, Samenvatting.GEEN));
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate(MeldingInstellingenView.class);
            MeldingInstellingenView weer = _get(MeldingInstellingenView.class);
            assertThat(weer.direct.get(Ruimte.KLASSENBEZOEK).getValue()).as("kept").isFalse();
            assertThat(weer.samenvatting.get(Ruimte.TRENDS).getValue()).isEqualTo(Samenvatting.GEEN);
        } finally {
            meldingen().voorkeurenOpslaan(List.of(Voorkeur.standaard(Ruimte.KLASSENBEZOEK), Voorkeur.standaard(Ruimte.TRENDS)));
        }
    }

    @Test
    void in_english_the_page_and_the_bell_speak_english() {
        login("fatima");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(MeldingInstellingenView.class);
        MeldingInstellingenView view = _get(MeldingInstellingenView.class);
        assertThat(view.titel()).isEqualTo("Notifications");
        assertThat(view.mail.getText()).startsWith("E-mail is off");
        assertThat(view.direct.get(Ruimte.PLATFORM).getLabel()).isEqualTo("An e-mail right away when something waits for me");
        assertThat(view.samenvatting.get(Ruimte.PLATFORM).getLabel()).isEqualTo("A digest of the rest by e-mail");
        Bel bel = _get(Bel.class);
        assertThat(bel.knop.getAriaLabel().orElseThrow()).startsWith("Notifications, ");
        assertThat(_find(Notification.class)).isEmpty();
    }
}
