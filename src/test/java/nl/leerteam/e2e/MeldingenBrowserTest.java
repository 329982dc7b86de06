package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.leerteam.meldingen.Escaleren;
import nl.leerteam.meldingen.MeldingService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.security.GeheimeCodes;
import nl.leerteam.support.Inloggen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A KC sees her bell go up the moment a teacher escalates a case to her, and opens it from the list; a mail's
 * unsubscribe link only asks on a GET (a mail scanner follows links) and acts on the POST a mail program sends.
 */
class MeldingenBrowserTest extends ChromiumTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    MeldingService meldingen;
    @Autowired
    JdbcTemplate jdbc;

    private final List<BrowserContext> contexten = new ArrayList<>();

    @AfterEach
    void sluit() {
        contexten.forEach(BrowserContext::close);
        Inloggen.uit();
        jdbc.update("delete from melding_voorkeur where gebruiker_id = (select id from gebruiker where oidc_subject = 'fatima')");
    }

    @Test
    void the_kcs_bell_goes_up_live_when_a_teacher_escalates_a_case_and_the_list_opens_it() {
        Inloggen.als(inlog, "fatima");
        meldingen.allesGelezen();
        Inloggen.uit();
        Page page = nieuweContext(contexten).newPage();
        inloggen(page, "fatima");
        assertThat(page.locator("#meldingen-aantal")).isHidden();
        assertThat(page.locator("#meldingen-bel")).hasAttribute("aria-label", "Meldingen, niets nieuws");

        UUID casus = Escaleren.casusVanPriya(context, inlog, "Hoe help ik hem om te beginnen?");
        Inloggen.uit();

        assertThat(page.locator("#meldingen-aantal")).hasText("1");
        assertThat(page.locator("#meldingen-bel")).hasAttribute("aria-label", "Meldingen, 1 ongelezen");
        page.locator("#meldingen-bel").click();
        assertThat(page.locator("#meldingen-lijst .lt-ongelezen").first()).containsText("Priya Ramdin vraagt je hulp bij de casus van");
        toegankelijk(page, "meldingen");
        page.locator("#meldingen-lijst .lt-ongelezen").first().click();
        assertThat(page).hasURL(url("/casussen/" + casus));
        assertThat(page.locator("#meldingen-aantal")).isHidden();
    }

    private String sleutel(String ruimte, String kanaal) {
        String code = GeheimeCodes.nieuweCode();
        jdbc.update("insert into afmeldsleutel (sleutel_hash, gebruiker_id, ruimte, kanaal, aangemaakt)"
                + " select ?, id, ?, ?, now() from gebruiker where oidc_subject = 'fatima'", GeheimeCodes.hash(code), ruimte, kanaal);
        return code;
    }

    private Boolean direct(String ruimte) {
        return jdbc.query("select direct from melding_voorkeur v join gebruiker g on g.id = v.gebruiker_id"
                + " where g.oidc_subject = 'fatima' and v.ruimte = ?", (r, i) -> r.getBoolean(1), ruimte).stream().findFirst().orElse(null);
    }

    @Test
    void an_unsubscribe_link_only_asks_on_get_and_a_mail_programs_one_click_post_unsubscribes_without_a_session() throws Exception {
        String code = sleutel("LEERTEAM", "DIRECT");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> vraag = client.send(HttpRequest.newBuilder(URI.create(url("/afmelden/" + code))).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(vraag.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(vraag.body())
                .contains("Wil je geen e-mails meer krijgen zodra er in Leerteams iets op je wacht?").contains("method=\"post\"");
        org.assertj.core.api.Assertions.assertThat(direct("LEERTEAM")).as("a GET changes nothing").isNull();

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(url("/afmelden/" + code)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(post.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(post.body()).contains("Je krijgt geen e-mails meer zodra er in Leerteams iets op je wacht.");
        org.assertj.core.api.Assertions.assertThat(direct("LEERTEAM")).isFalse();

        for (String onbekend : List.of(GeheimeCodes.nieuweCode(), "kort", "../../etc/passwd")) {
            HttpResponse<String> niets = client.send(HttpRequest.newBuilder(URI.create(url("/afmelden/" + onbekend.replace("/", "%2F"))))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(niets.statusCode()).as(onbekend).isIn(400, 404);
        }
    }

    @Test
    void a_person_unsubscribes_from_a_digest_on_the_page_the_link_opens() {
        String code = sleutel("TRENDS", "SAMENVATTING");
        Page page = nieuweContext(contexten).newPage();
        page.navigate(url("/afmelden/" + code));
        assertThat(page.locator("h1")).hasText("Afmelden voor e-mails");
        assertThat(page.locator("main")).containsText("Wil je de samenvatting van Trends niet meer krijgen?");
        toegankelijk(page, "afmelden");
        page.locator("button[type=submit]").click();
        assertThat(page.locator("[role=status]")).hasText("Je krijgt de samenvatting van Trends niet meer.");
        toegankelijk(page, "afgemeld");
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select samenvatting from melding_voorkeur v join gebruiker g"
                + " on g.id = v.gebruiker_id where g.oidc_subject = 'fatima' and v.ruimte = 'TRENDS'", String.class)).isEqualTo("GEEN");
    }
}
