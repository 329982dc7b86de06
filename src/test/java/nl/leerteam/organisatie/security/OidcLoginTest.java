package nl.leerteam.organisatie.security;

import jakarta.servlet.ServletContext;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.UitnodigingFormulier;
import nl.leerteam.organisatie.demo.DevLogin;
import nl.leerteam.organisatie.domain.Bestuur;
import nl.leerteam.organisatie.domain.BestuurRepository;
import nl.leerteam.organisatie.domain.Gebruiker;
import nl.leerteam.organisatie.domain.GebruikerRepository;
import nl.leerteam.organisatie.domain.School;
import nl.leerteam.organisatie.domain.SchoolRepository;
import nl.leerteam.organisatie.domain.UitnodigingRepository;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.EmbeddedDatabase;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.TestdataIngericht;
import nl.leerteam.support.SecurityStrategyExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real OIDC authorisation-code flow against an in-process OIDC provider, on the production
 * profile: invitation binding, refused foreign tenants, unknown identities, and no trace of the
 * development login or the demo data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
@ContextConfiguration(initializers = OidcLoginTest.Configuratie.class)
@ExtendWith(SecurityStrategyExtension.class)
class OidcLoginTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();
    static final java.nio.file.Path EERSTE_LINK = java.nio.file.Path.of("target", "eerste-beheerder-" + UUID.randomUUID() + ".txt");

    static {
        PROVIDER.start();
    }

    static class Configuratie implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = EmbeddedDatabase.extraTestDatabase("leerteam_prod");
            TestPropertyValues.of(
                    "spring.datasource.url=" + url,
                    "spring.flyway.url=" + url,
                    "spring.flyway.user=" + EmbeddedDatabase.EIGENAAR,
                    "spring.flyway.password=" + EmbeddedDatabase.EIGENAAR,
                    "spring.datasource.username=" + EmbeddedDatabase.APP,
                    "spring.datasource.password=" + EmbeddedDatabase.APP,
                    "vaadin.productionMode=false",
                    "server.servlet.session.cookie.secure=false",
                    // plain http in the test: the __Host- name of production needs HTTPS
                    "server.servlet.session.cookie.name=JSESSIONID",
                    "server.servlet.session.timeout=17m",
                    "leerteam.eerste-beheerder.email=IT@proef.nl",
                    "leerteam.eerste-beheerder.link-bestand=" + EERSTE_LINK,
                    "spring.security.oauth2.client.registration.entra.client-id=leerteam",
                    "spring.security.oauth2.client.registration.entra.client-secret=geheim",
                    "spring.security.oauth2.client.registration.entra.client-name=Microsoft",
                    "spring.security.oauth2.client.registration.entra.scope=openid,profile,email",
                    "spring.security.oauth2.client.provider.entra.issuer-uri=" + PROVIDER.issuerUrl("entra"),
                    "leerteam.oidc.providers.entra.allowed-tenants=tenant-waterland",
                    "spring.security.oauth2.client.registration.google.client-id=leerteam",
                    "spring.security.oauth2.client.registration.google.client-secret=geheim",
                    "spring.security.oauth2.client.registration.google.scope=openid,profile,email",
                    "spring.security.oauth2.client.provider.google.issuer-uri=" + PROVIDER.issuerUrl("google"),
                    "leerteam.oidc.providers.google.hosted-domains=waterland.nl"
            ).applyTo(context);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    BeheerService beheer;
    @Autowired
    BestuurRepository besturen;
    @Autowired
    SchoolRepository scholen;
    @Autowired
    GebruikerRepository gebruikers;
    @Autowired
    ServletContext servletContext;
    @Autowired
    UitnodigingRepository uitnodigingen;

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String entraIssuer;
    private UUID school;

    @BeforeEach
    void eenSchoolMetDirecteur() {
        entraIssuer = PROVIDER.issuerUrl("entra").toString();
        if (gebruikers.findByOidcIssuerAndOidcSubject(entraIssuer, "directeur").isEmpty()) {
            TestdataIngericht.inrichten(context, "proefschool", () -> {
                Bestuur bestuur = besturen.save(new Bestuur("Stichting Proef"));
                School nieuw = scholen.save(new School(bestuur.getId(), "De Proefschool", "42PR", null));
                Gebruiker directeur = new Gebruiker(bestuur.getId(), "Dirk Directeur", "dirk@proef.nl");
                directeur.koppelIdentiteit(entraIssuer, "directeur");
                directeur.setRollenOp(nieuw.getId(), EnumSet.of(Rol.DIRECTEUR));
                gebruikers.save(directeur);
            });
        }
        Inloggen.als(inlog, entraIssuer, "directeur");
        school = beheer.beheerbareScholen().getFirst().id();
        Inloggen.uit();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Test
    void an_invited_teacher_logs_in_at_the_provider_and_the_invitation_binds_that_identity() throws Exception {
        String code = uitnodiging("tessa-" + UUID.randomUUID() + "@proef.nl");
        String subject = "tessa-" + UUID.randomUUID();

        URI bestemming = login("entra", code, subject, Map.of("tid", "tenant-waterland"));

        assertThat(bestemming.getPath()).isEqualTo("/");
        assertThat(inlog.aanmelden(entraIssuer, subject)).hasValueSatisfying(p -> assertThat(p.naam()).isEqualTo("Tessa Test"));
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(inlog.uitnodiging(code)).as("the invitation is used up").isEmpty();

        cookies.getCookieStore().removeAll();
        assertThat(login("entra", null, subject, Map.of("tid", "tenant-waterland")).getPath())
                .as("from now on the identity alone is enough").isEqualTo("/");
    }

    @Test
    void logging_in_gives_a_new_session_id() throws Exception {
        String code = uitnodiging("sessie-" + UUID.randomUUID() + "@proef.nl");
        HttpResponse<String> start = get("/oauth2/authorization/entra?uitnodiging=" + code);
        String voor = sessie();
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "sessie-" + UUID.randomUUID(), "JWT",
                List.of("leerteam"), Map.of("tid", "tenant-waterland"), 3600));
        HttpResponse<String> terug = http.send(HttpRequest.newBuilder(URI.create(locatie(start))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> klaar = get(locatie(terug));
        assertThat(klaar.statusCode()).isEqualTo(302);
        assertThat(voor).isNotNull();
        assertThat(sessie()).isNotNull().isNotEqualTo(voor);
    }

    @Test
    void an_unknown_identity_without_an_invitation_gets_the_no_access_page_and_no_account() throws Exception {
        long voor = gebruikers.count();
        URI bestemming = login("entra", null, "onbekend-" + UUID.randomUUID(), Map.of("tid", "tenant-waterland"));
        assertThat(bestemming.getPath()).isEqualTo("/geen-toegang");
        assertThat(bestemming.getQuery()).isEqualTo("reden=onbekend");
        assertThat(gebruikers.count()).isEqualTo(voor);
        assertThat(get("/").statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void an_account_of_another_entra_tenant_is_refused_even_with_a_valid_invitation() throws Exception {
        String code = uitnodiging("vreemd-" + UUID.randomUUID() + "@proef.nl");
        URI bestemming = login("entra", code, "vreemd-" + UUID.randomUUID(), Map.of("tid", "tenant-elders"));
        assertThat(bestemming.getQuery()).isEqualTo("reden=andere-organisatie");
        assertThat(inlog.uitnodiging(code)).as("the invitation stays open").isPresent();
    }

    @Test
    void a_google_account_outside_the_schools_workspace_domain_is_refused() throws Exception {
        String code = uitnodiging("gmail-" + UUID.randomUUID() + "@proef.nl");
        URI bestemming = login("google", code, "gmail-" + UUID.randomUUID(), Map.of("hd", "gmail.com"));
        assertThat(bestemming.getQuery()).isEqualTo("reden=andere-organisatie");

        URI welkom = login("google", code, "google-" + UUID.randomUUID(), Map.of("hd", "waterland.nl"));
        assertThat(welkom.getPath()).isEqualTo("/");
    }

    @Test
    void a_used_invitation_cannot_bind_a_second_identity() throws Exception {
        String code = uitnodiging("eenmalig-" + UUID.randomUUID() + "@proef.nl");
        assertThat(login("entra", code, "eerste-" + UUID.randomUUID(), Map.of("tid", "tenant-waterland")).getPath()).isEqualTo("/");
        cookies.getCookieStore().removeAll();
        URI tweede = login("entra", code, "tweede-" + UUID.randomUUID(), Map.of("tid", "tenant-waterland"));
        assertThat(tweede.getQuery()).isEqualTo("reden=uitnodiging-ongeldig");
    }

    @Test
    void production_has_no_development_login_and_no_demo_data() throws Exception {
        assertThat(context.getBeanNamesForType(nl.leerteam.organisatie.demo.DevLoginService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(nl.leerteam.organisatie.demo.DemoData.class)).isEmpty();
        assertThat(gebruikers.findByOidcIssuerOrderByNaam(DevLogin.ISSUER)).isEmpty();

        HttpResponse<String> poging = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sanne&password=dev")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(poging.statusCode()).isNotEqualTo(200);
        assertThat(get("/").statusCode()).as("still not logged in").isEqualTo(302);
        assertThat(locatie(get("/"))).endsWith("/login");
    }

    @Test
    void a_new_installation_invites_its_configured_first_administrator_once() {
        List<Gebruiker> beheerders = gebruikers.findAll().stream().filter(Gebruiker::isBeheerder).toList();
        assertThat(beheerders).singleElement().satisfies(it -> {
            assertThat(it.getEmail()).isEqualTo("it@proef.nl");
            assertThat(it.heeftIdentiteit()).as("bound only by the first login through the link").isFalse();
            assertThat(it.getBestuurId()).isNull();
            assertThat(uitnodigingen.findByGebruikerIdInOrderByAangemaaktDesc(List.of(it.getId())))
                    .singleElement().satisfies(u -> assertThat(u.isOpen(java.time.Instant.now())).isTrue());
        });
    }

    @Test
    void the_first_administrators_link_is_in_a_file_only_its_account_can_read_and_opens_the_invitation() throws Exception {
        String link = java.nio.file.Files.readString(EERSTE_LINK).strip();
        assertThat(java.nio.file.Files.getPosixFilePermissions(EERSTE_LINK))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(inlog.uitnodiging(link.substring(link.lastIndexOf('/') + 1)))
                .hasValueSatisfying(info -> assertThat(info.naam()).isEqualTo("Beheerder"));
    }

    @Test
    void the_health_check_answers_without_login_and_nothing_else_of_actuator_is_published() throws Exception {
        HttpResponse<String> health = get("/actuator/health/readiness");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        assertThat(get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }

    @Test
    void the_idle_timeout_comes_from_configuration() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(17);
    }

    /** Runs the whole authorisation-code flow and returns where the application sends the browser at the end. */
    private URI login(String provider, String uitnodiging, String subject, Map<String, Object> claims) throws Exception {
        HttpResponse<String> start = get("/oauth2/authorization/" + provider
                + (uitnodiging == null ? "" : "?uitnodiging=" + uitnodiging));
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(locatie(start)).startsWith(PROVIDER.issuerUrl(provider).toString());
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(provider, subject, "JWT", List.of("leerteam"), claims, 3600));
        HttpResponse<String> provider302 = http.send(HttpRequest.newBuilder(URI.create(locatie(start))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(provider302.statusCode()).isEqualTo(302);
        HttpResponse<String> klaar = get(locatie(provider302));
        assertThat(klaar.statusCode()).isEqualTo(302);
        return URI.create(locatie(klaar));
    }

    private String uitnodiging(String email) {
        Inloggen.als(inlog, entraIssuer, "directeur");
        String link = beheer.uitnodigen(school, new UitnodigingFormulier("Tessa Test", email, Set.of(Rol.LEERKRACHT), Set.of())).link();
        Inloggen.uit();
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        String target = pathOrUrl.startsWith("http") ? pathOrUrl : url(pathOrUrl);
        return http.send(HttpRequest.newBuilder(URI.create(target)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static String locatie(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    private String sessie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
