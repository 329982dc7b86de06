package nl.leerteam.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import nl.leerteam.klassenbezoek.BezoekDetails;
import nl.leerteam.klassenbezoek.KijkwijzerDetails;
import nl.leerteam.klassenbezoek.KijkwijzerInhoud;
import nl.leerteam.klassenbezoek.KijkwijzerService;
import nl.leerteam.klassenbezoek.KlassenbezoekService;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.Voorgesprek;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The observation form on a tablet (1024×768) in a real Chromium: a KC records a few observations,
 * reloads the page, and finds them saved.
 */
class ObservatieBrowserTest extends ChromiumTest {

    @Autowired
    InlogService inlog;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    BezoekPlanningService planning;

    /** Fatima visits Priya at CBS De Wegwijzer; the voorgesprek is done and the observation has started. */
    private UUID bezoekInObservatie() {
        Inloggen.als(inlog, "fatima");
        UUID fatima = CurrentUser.require().gebruikerId();
        UUID wegwijzer = kijkwijzers.plekken().stream().filter(p -> "CBS De Wegwijzer".equals(p.schoolNaam())).findFirst()
                .orElseThrow().schoolId();
        KijkwijzerDetails kijkwijzer = kijkwijzers.kijkwijzer(kijkwijzers.aanmaken(wegwijzer, kijkwijzers.voorbeeld()), null);
        List<UUID> criteria = kijkwijzer.inhoud().domeinen().stream().flatMap(d -> d.criteria().stream())
                .map(KijkwijzerInhoud.Criterium::id).toList();
        Inloggen.als(inlog, "priya");
        UUID id = planning.plannen(wegwijzer, fatima, true, LocalDate.now());
        BezoekDetails b = bezoeken.bezoek(id);
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now(), null, "Hoe zorg ik dat de zelfstandige verwerking op gang komt?",
                "Spelling groep 7", 7, kijkwijzer.getoond().id(), List.of(criteria.get(8), criteria.get(10), criteria.get(16)),
                b.version()), false);
        Inloggen.als(inlog, "fatima");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        Inloggen.uit();
        return id;
    }

    @Test
    void observations_recorded_on_a_tablet_are_still_there_after_a_reload() {
        UUID id = bezoekInObservatie();
        BrowserContext context = tablet();
        try {
            Page page = opBezoek(context, "fatima", id);

            Locator kaarten = page.locator(".lt-waarneming");
            assertThat(kaarten).hasCount(3);
            kaarten.nth(0).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Gezien").setExact(true)).check();
            assertThat(page.locator("#opgeslagen")).containsText("Alles opgeslagen om");
            kaarten.nth(1).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Deels").setExact(true)).check();
            kaarten.nth(1).locator("textarea").fill("Verlengde instructie voor vier leerlingen, de rest wacht even.");
            // the note saves after a pause in typing: wait for it, as a KC putting the tablet away would
            assertThat(page.locator("#opgeslagen")).containsText("Alles opgeslagen om");
            page.locator("#snelle-notitie input").fill("Na tien minuten werkt iedereen");
            page.locator("#notitie-toevoegen").click();
            assertThat(page.locator("#snelle-notities")).containsText("Na tien minuten werkt iedereen");
            page.waitForCondition(() -> notitieOpgeslagen(id), new Page.WaitForConditionOptions().setTimeout(10_000));

            page.reload();
            kaarten = page.locator(".lt-waarneming");
            assertThat(kaarten.nth(0).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Gezien").setExact(true))).isChecked();
            assertThat(kaarten.nth(1).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Deels").setExact(true))).isChecked();
            assertThat(kaarten.nth(1).locator("textarea")).hasValue("Verlengde instructie voor vier leerlingen, de rest wacht even.");
            assertThat(page.locator("#snelle-notities")).containsText("Na tien minuten werkt iedereen");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("observatie-tablet.png"))
                    .setFullPage(true));
        } finally {
            context.close();
        }
    }

    /**
     * The connection drops while the KC observes, far down the form: her choice stays on screen, the indicator says so in
     * Dutch, and once the network is back her choice is saved, the indicator clears within seconds (not at the next
     * heartbeat, minutes later) and the page is where she left it.
     */
    @Test
    void a_dropped_connection_keeps_the_observation_and_the_page_where_it_was() {
        UUID id = bezoekInObservatie();
        BrowserContext context = tablet();
        try {
            Page page = opBezoek(context, "fatima", id);
            Locator laatste = page.locator(".lt-waarneming").nth(2);
            laatste.scrollIntoViewIfNeeded();
            Object positie = page.evaluate(SCROLLPOSITIE);

            context.setOffline(true);
            laatste.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Niet gezien").setExact(true)).check();
            page.waitForFunction("() => window.Vaadin.connectionState.state === 'reconnecting'");
            context.setOffline(false);

            page.waitForFunction("() => window.Vaadin.connectionState.state === 'connected'", null,
                    new Page.WaitForFunctionOptions().setTimeout(15_000));
            assertThat(page.locator("#opgeslagen")).containsText("Alles opgeslagen om");
            assertThat(laatste.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Niet gezien").setExact(true)))
                    .isChecked();
            org.assertj.core.api.Assertions.assertThat(page.evaluate(SCROLLPOSITIE)).as("the page stays where it was")
                    .isEqualTo(positie);
            org.assertj.core.api.Assertions.assertThat(waarneming(id, 2)).isEqualTo(nl.leerteam.klassenbezoek.Waarneming.NIET_GEZIEN);
        } finally {
            context.close();
        }
    }

    /** How far the page is scrolled: the window, and the shell's content area that scrolls within it. */
    private static final String SCROLLPOSITIE = """
            () => window.scrollY + ';' + Array.from(document.querySelector('vaadin-app-layout').shadowRoot.querySelectorAll('*'))
                    .map(e => e.scrollTop).join(',')""";

    private nl.leerteam.klassenbezoek.Waarneming waarneming(UUID id, int criterium) {
        Inloggen.als(inlog, "fatima");
        try {
            return bezoeken.bezoek(id).focus().get(criterium).waarneming();
        } finally {
            Inloggen.uit();
        }
    }

    /**
     * The nagesprek in two browsers: the KC writes her feedback while the teacher writes her reflection. What one saves
     * reaches the other live, the other's unsaved text stays, and when the KC closes the visit while the teacher is
     * still typing, the teacher keeps her text on screen and saves it.
     */
    @Test
    void observer_and_teacher_write_the_nagesprek_at_once_and_neither_loses_text() {
        UUID id = bezoekInObservatie();
        Inloggen.als(inlog, "fatima");
        bezoeken.naarNagesprek(id, bezoeken.bezoek(id).version());
        Inloggen.uit();
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            Page kc = opBezoek(nieuweContext(contexten), "fatima", id);
            Page leerkracht = opBezoek(nieuweContext(contexten), "priya", id);

            leerkracht.locator("#reflectie textarea").fill("Ik merk dat ik de uitleg te lang maak.");
            // she pauses: the field tells the server what she typed, without leaving it
            leerkracht.waitForTimeout(1_000);
            kc.locator("#wat-ging-goed textarea").fill("De start van de les was rustig en duidelijk.");
            kc.locator("#feedforward textarea").fill("Probeer na vijf minuten uitleg de eerste opdracht te geven.");
            kc.locator("#nagesprek-opslaan").click();

            assertThat(leerkracht.locator("#wat-ging-goed textarea")).hasValue("De start van de les was rustig en duidelijk.",
                    LIVE);
            assertThat(leerkracht.locator("#reflectie textarea")).hasValue("Ik merk dat ik de uitleg te lang maak.");
            leerkracht.locator("#reflectie-opslaan").click();
            assertThat(kc.locator("#reflectie textarea")).hasValue("Ik merk dat ik de uitleg te lang maak.", LIVE);
            assertThat(kc.locator("#feedforward textarea")).hasValue("Probeer na vijf minuten uitleg de eerste opdracht te geven.");

            leerkracht.locator("#reflectie textarea").fill("Ik merk dat ik de uitleg te lang maak. Volgende keer start ik met een vraag.");
            leerkracht.waitForTimeout(1_000);
            kc.locator("#bezoek-afronden").click();
            assertThat(kc.locator("#bezoek-stappen [aria-current]")).containsText("Afgerond", new LocatorAssertions.ContainsTextOptions()
                    .setTimeout(5_000));
            assertThat(leerkracht.locator("#reflectie textarea"))
                    .hasValue("Ik merk dat ik de uitleg te lang maak. Volgende keer start ik met een vraag.");
            leerkracht.locator("#reflectie-opslaan").click();
            assertThat(leerkracht.locator("#reflectie")).isHidden();
            assertThat(leerkracht.getByText("Het bezoek is intussen afgerond")).isHidden();
            assertThat(leerkracht.locator(".lt-bezoek")).containsText("Volgende keer start ik met een vraag.");
            assertThat(kc.locator(".lt-bezoek")).containsText("Volgende keer start ik met een vraag.", new LocatorAssertions
                    .ContainsTextOptions().setTimeout(5_000));
        } finally {
            contexten.forEach(BrowserContext::close);
        }
    }

    private static final LocatorAssertions.HasValueOptions LIVE =
            new LocatorAssertions.HasValueOptions().setTimeout(5_000);

    /** A tablet as a KC carries it into the classroom: 1024×768, touch, Dutch. */
    /** A page in its own browser context, logged in as {@code wie}, on the visit. */
    private Page opBezoek(BrowserContext context, String wie, UUID id) {
        Page page = context.newPage();
        inloggen(page, wie);
        page.navigate(url("/klassenbezoeken/" + id));
        return page;
    }

    private static BrowserContext tablet() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale("nl-NL")
                .setHasTouch(true));
        context.setDefaultTimeout(60_000);
        return context;
    }

    private boolean notitieOpgeslagen(UUID id) {
        Inloggen.als(inlog, "fatima");
        try {
            return bezoeken.bezoek(id).focus().get(1).notitie() != null;
        } finally {
            Inloggen.uit();
        }
    }
}
