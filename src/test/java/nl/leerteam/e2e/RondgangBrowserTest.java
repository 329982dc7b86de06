package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.Collega;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;
import nl.leerteam.organisatie.BesturenService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A walk through Leerteam as each role uses it, in Dutch and in English: every role's start page and main views,
 * and the dialogs they open, each checked with axe-core (WCAG 2.1 A and AA). All findings are gathered and reported
 * together, so one run shows every screen that needs work. The Dutch start pages become the README's screenshots.
 * The trends page is the same view for every role and the slowest to check (a school's years of results): the KC's
 * walk covers it; {@link TrendsBrowserTest} checks it for a teacher.
 */
class RondgangBrowserTest extends ChromiumTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;

    /** A screen: where it is, and optionally the button that opens a dialog on it (checked open, then closed). */
    private record Scherm(String naam, String pad, String dialoogKnop) {

        static Scherm van(String naam, String pad) {
            return new Scherm(naam, pad, null);
        }
    }

    @Test
    void every_role_walks_its_start_page_main_views_and_dialogs_in_dutch_and_english_without_accessibility_findings() {
        Map<String, List<Scherm>> rondgang = new java.util.LinkedHashMap<>();
        rondgang.put("sanne", leerkracht());
        rondgang.put("fatima", kc());
        rondgang.put("marieke", directeur());
        rondgang.put("annelies", List.of(Scherm.van("start", "/"), Scherm.van("beheer", "/beheer"),
                Scherm.van("bestuur-trends", "/bestuur/trends"), Scherm.van("platform", "/platform"),
                Scherm.van("bibliotheek", "/platform/bibliotheek"), Scherm.van("bewaartermijnen", "/beheer/bewaartermijnen")));
        rondgang.put("rik", beheerder());

        List<String> bevindingen = new ArrayList<>();
        List<BrowserContext> contexten = new ArrayList<>();
        try {
            for (Locale taal : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
                for (Map.Entry<String, List<Scherm>> rol : rondgang.entrySet()) {
                    taal(rol.getKey(), taal);
                    Page page = nieuweContext(contexten).newPage();
                    inloggen(page, rol.getKey());
                    assertThat(page.locator("html")).hasAttribute("lang", taal.getLanguage());
                    for (Scherm scherm : rol.getValue()) {
                        ga(page, scherm.pad());
                        String naam = rol.getKey() + " " + taal.getLanguage() + " " + scherm.naam();
                        try {
                            page.locator("vaadin-app-layout .lt-page").first().waitFor(
                                    new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(20_000));
                        } catch (com.microsoft.playwright.TimeoutError niet) {
                            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rondgang-fout.png")));
                            bevindingen.add(naam + ": did not open (" + page.url() + ")");
                            continue;
                        }
                        assertThat(page).hasTitle(java.util.regex.Pattern.compile(".+ – Leerteam"));
                        if (scherm.naam().equals("start") && taal.getLanguage().equals("nl")) {
                            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("start-" + rol.getKey() + ".png")));
                        }
                        bevindingen.addAll(bevindingen(page, naam, taal));
                        if (scherm.dialoogKnop() != null) {
                            page.locator("#" + scherm.dialoogKnop()).click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(15_000));
                            // the bell opens a popover, every other button a dialog
                            page.locator(scherm.dialoogKnop().equals("meldingen-bel") ? "#meldingen-kop"
                                    : "vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]").first().waitFor();
                            bevindingen.addAll(bevindingen(page, naam + " (dialog)", taal));
                            page.keyboard().press("Escape");
                        }
                    }
                }
            }
        } finally {
            contexten.forEach(BrowserContext::close);
            rondgang.keySet().forEach(wie -> taal(wie, Locale.forLanguageTag("nl")));
        }
        org.assertj.core.api.Assertions.assertThat(bevindingen).as("axe findings on the walk").isEmpty();
    }

    /**
     * Goes to a view as a link in the application does, without loading the page again (a full load costs seconds
     * on a small machine, and what is checked is the view, not the load), and waits until the server has answered.
     */
    private void ga(Page page, String pad) {
        page.evaluate("pad => { const a = document.createElement('a'); a.href = pad; a.setAttribute('router-link', '');"
                + " document.body.appendChild(a); a.click(); a.remove(); }", pad);
        page.waitForURL(url(pad));
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    /** The WCAG 2.1 A and AA rules of axe-core about names, labels, titles and language. */
    private static final List<String> TEKSTREGELS = List.of("document-title", "html-has-lang", "html-lang-valid", "valid-lang",
            "label", "button-name", "link-name", "input-button-name", "select-name", "image-alt", "input-image-alt",
            "role-img-alt", "svg-img-alt", "aria-command-name", "aria-input-field-name", "aria-toggle-field-name",
            "aria-meter-name", "aria-progressbar-name", "aria-tooltip-name", "frame-title");

    private List<String> bevindingen(Page page, String scherm, Locale taal) {
        AxeBuilder axe = new AxeBuilder(page);
        if (taal.getLanguage().equals("nl")) {
            axe.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        } else {
            // Structure, colours and roles do not change with the language; what does is every text a screen reader
            // hears and the page's language: in English only the rules about those (the walk stays within 15 minutes).
            axe.withRules(TEKSTREGELS);
        }
        AxeResults resultaat = axe.analyze();
        org.assertj.core.api.Assertions.assertThat(resultaat.getPasses()).as(scherm + ": axe checked rules").isNotEmpty();
        return resultaat.getViolations().stream().map(v -> scherm + ": " + v.getId() + " " + v.getNodes().stream()
                .map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    private void taal(String wie, Locale taal) {
        Inloggen.als(inlog, wie);
        organisatie.save(taal);
        Inloggen.uit();
    }

    private List<Scherm> leerkracht() {
        Inloggen.als(inlog, "sanne");
        UUID ik = CurrentUser.require().gebruikerId();
        UUID onderbouw = organisatie.mijnKringen().entrySet().stream().filter(e -> e.getValue().equals("Onderbouw"))
                .findFirst().orElseThrow().getKey();
        UUID casus = context.getBean(CasusService.class).inbrengen(onderbouw, new CasusFormulier(null, 2, "Hoe help ik hem bij het rekenen?",
                "Telt nog op de vingers.", null, null, null, false, null, null, "Eerst zelf observeren.", Set.of("rekenen"), null), false).id();
        UUID bijeenkomst = context.getBean(BijeenkomstService.class).plannen(onderbouw, new BijeenkomstFormulier("Leerteam rekenen",
                LocalDate.now().plusDays(1), LocalTime.of(15, 15), LocalTime.of(16, 30), "Teamkamer", null, ik, ik, null), false);
        BezoekPlanningService planning = context.getBean(BezoekPlanningService.class);
        Collega kc = planning.collegas().stream().filter(c -> c.kc() && c.naam().equals("Fatima El Amrani")).findFirst().orElseThrow();
        UUID bezoek = planning.plannen(kc.schoolId(), kc.id(), true, LocalDate.now().plusDays(7), LocalTime.of(10, 30));
        Inloggen.uit();
        return List.of(Scherm.van("start", "/"), Scherm.van("leerteams", "/leerteams"),
                new Scherm("casussen", "/leerteams/" + onderbouw + "/casussen", "casus-inbrengen"),
                Scherm.van("casus", "/casussen/" + casus),
                new Scherm("bijeenkomsten", "/leerteams/" + onderbouw + "/bijeenkomsten", "bijeenkomst-plannen"),
                Scherm.van("bijeenkomst", "/bijeenkomsten/" + bijeenkomst),
                new Scherm("klassenbezoeken", "/klassenbezoeken", "bezoek-plannen"), Scherm.van("klassenbezoek", "/klassenbezoeken/" + bezoek),
                Scherm.van("kalender", "/trends/kalender"), new Scherm("platform", "/platform", "platform-volgen"),
                new Scherm("bibliotheek", "/platform/bibliotheek", "bibliotheek-toevoegen"), Scherm.van("profiel", "/profiel"),
                Scherm.van("zoeken", "/zoeken?q=rekenen"), new Scherm("meldingen", "/instellingen/meldingen", "meldingen-bel"));
    }

    private List<Scherm> kc() {
        return List.of(Scherm.van("start", "/"), new Scherm("klassenbezoeken", "/klassenbezoeken", "bezoek-plannen"),
                Scherm.van("kijkwijzers", "/kijkwijzers"), new Scherm("trends", "/trends", "trends-importeren"),
                Scherm.van("kalender", "/trends/kalender"), new Scherm("platform", "/platform", "kaart-nieuw"),
                Scherm.van("vragen", "/platform/vragen"), Scherm.van("schoolwoorden", "/schoolwoorden"));
    }

    private List<Scherm> beheerder() {
        Inloggen.als(inlog, "rik");
        UUID bestuur = context.getBean(BesturenService.class).besturen().getFirst().id();
        Inloggen.uit();
        return List.of(Scherm.van("start", "/"), new Scherm("besturen", "/beheer/besturen", "nieuw-bestuur"),
                new Scherm("bestuur", "/beheer/besturen/" + bestuur, "bestuurder-uitnodigen"));
    }

    private List<Scherm> directeur() {
        Inloggen.als(inlog, "marieke");
        UUID school = organisatie.mijnOverzicht().scholen().getFirst().school().id();
        Inloggen.uit();
        return List.of(Scherm.van("start", "/"), Scherm.van("beheer", "/beheer"),
                new Scherm("school", "/beheer/school/" + school, "nieuw-leerteam"), Scherm.van("schoolbeeld", "/klassenbezoeken/schoolbeeld"));
    }
}
