package nl.leerteam.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import nl.leerteam.support.EmbeddedDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two production jars behind a real nginx (Debian's), with the sticky sessions of
 * {@code docker/nginx/leerteam.conf}, on one PostgreSQL: a facilitator on one node and a colleague on
 * the other see each other's question and round live; when the colleague's node stops, she is told
 * her session ended, logs in again on the other node, and finds everything that was committed.
 * <p>
 * Needs the production jar: {@code ./mvnw -Pproduction -DskipTests package}, then
 * {@code ./mvnw failsafe:integration-test failsafe:verify -Dit.test=TweeNodesTest} ({@code .ci/run} does both).
 */
class TweeNodesTest extends ChromiumTest {

    private static final LocatorAssertions.ContainsTextOptions LIVE = new LocatorAssertions.ContainsTextOptions().setTimeout(10_000);

    @Autowired
    ApplicationContext context;

    private final List<Process> processen = new ArrayList<>();
    private final List<BrowserContext> browsers = new ArrayList<>();
    private int nginxPort;

    @AfterEach
    void opruimen() {
        browsers.forEach(BrowserContext::close);
        processen.forEach(Process::destroyForcibly);
    }

    @Test
    void two_nodes_share_a_live_meeting_and_a_stopped_nodes_people_log_in_again_on_the_other() throws Exception {
        Path jar = Path.of(System.getProperty("leerteam.jar", "target/leerteam.jar"));
        assertThat(jar).as("build it first: ./mvnw -Pproduction -DskipTests package").exists();
        UUID bijeenkomst = LopendeBijeenkomst.metCasusInVragenronde(context);

        Path werk = Files.createDirectories(Path.of("target", "twee-nodes"));
        int poort1 = vrijePoort();
        int poort2 = vrijePoort();
        Map<String, Process> nodes = Map.of(
                "node1", node(jar, "node1", poort1, werk.resolve("node1.log")),
                "node2", node(jar, "node2", poort2, werk.resolve("node2.log")));
        nginx(werk, poort1, poort2);
        gereed(poort1, werk.resolve("node1.log"));
        gereed(poort2, werk.resolve("node2.log"));

        Page voorzitter = deelnemer("joris", bijeenkomst);
        String nodeVoorzitter = node(voorzitter);
        Page collega = null;
        for (int poging = 0; poging < 6 && collega == null; poging++) {
            Page kandidaat = deelnemer("ayse", bijeenkomst);
            if (!node(kandidaat).equals(nodeVoorzitter)) {
                collega = kandidaat;
            } else {
                kandidaat.context().close();
            }
        }
        org.assertj.core.api.Assertions.assertThat((Object) collega).as("the colleague on the other node").isNotNull();
        String nodeCollega = node(collega);

        String vraag = "Leest hij thuis wel strips?";
        collega.locator("#vraag-tekst input").fill(vraag);
        collega.locator("#vraag-stellen").click();
        assertThat(voorzitter.locator("#vragen")).containsText(vraag, LIVE);
        voorzitter.locator("#ronde-volgende").click();
        assertThat(collega.locator(".lt-rondes li[aria-current=step]")).containsText("Analyse", LIVE);

        Process gestopt = nodes.get(nodeCollega);
        gestopt.destroy();
        assertThat(gestopt.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        collega.locator("#factor-tekst input").fill("Weinig boeken in huis");
        collega.locator("#factor-toevoegen").click();
        assertThat(collega.locator("body")).containsText("Je sessie is afgelopen", LIVE);
        collega.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("twee-nodes-sessie-afgelopen.png")));

        inloggen(collega, "ayse");
        assertThat(node(collega)).as("logged in again on the node that still runs").isEqualTo(nodeVoorzitter);
        collega.navigate(url("/bijeenkomsten/" + bijeenkomst));
        assertThat(collega.locator("#vragen")).containsText(vraag);
        assertThat(collega.locator(".lt-rondes li[aria-current=step]")).containsText("Analyse");
    }

    private Page deelnemer(String persoon, UUID bijeenkomst) {
        Page page = nieuweContext(browsers).newPage();
        inloggen(page, persoon);
        page.navigate(url("/bijeenkomsten/" + bijeenkomst));
        page.locator(".lt-rondes li[aria-current=step]").waitFor();
        return page;
    }

    /** The node that holds this browser's session: the route at the end of its session id. */
    private static String node(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .map(v -> v.substring(v.lastIndexOf('.') + 1)).findFirst().orElse("");
    }

    @Override
    String url(String pad) {
        return "http://localhost:" + nginxPort + pad;
    }

    private Process node(Path jar, String naam, int poort, Path log) throws IOException {
        String database = EmbeddedDatabase.testUrl();
        ProcessBuilder proces = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + poort)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> omgeving = proces.environment();
        omgeving.put("SPRING_PROFILES_ACTIVE", "dev");
        omgeving.put("SPRING_DATASOURCE_URL", database);
        omgeving.put("SPRING_FLYWAY_URL", database);
        omgeving.put("SPRING_FLYWAY_USER", EmbeddedDatabase.EIGENAAR);
        omgeving.put("SPRING_FLYWAY_PASSWORD", EmbeddedDatabase.EIGENAAR);
        omgeving.put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.APP);
        omgeving.put("SPRING_DATASOURCE_PASSWORD", EmbeddedDatabase.APP);
        omgeving.put("LEERTEAM_NODE", naam);
        omgeving.put("LEERTEAM_PUBLIC_URL", "http://localhost:" + nginxPort);
        omgeving.put("VAADIN_DEVMODE_DEVTOOLS_ENABLED", "false");
        Process p = proces.start();
        processen.add(p);
        return p;
    }

    /** nginx with the production configuration of docker/, pointed at the two local nodes. */
    private void nginx(Path werk, int poort1, int poort2) throws IOException {
        nginxPort = vrijePoort();
        Path prefix = Files.createDirectories(werk.resolve("nginx").toAbsolutePath());
        Files.createDirectories(prefix.resolve("logs"));
        String server = Files.readString(Path.of("docker/nginx/leerteam.conf"))
                .replace("leerteam-1:8080", "127.0.0.1:" + poort1)
                .replace("leerteam-2:8080", "127.0.0.1:" + poort2)
                .replace("listen 80;", "listen 127.0.0.1:" + nginxPort + ";");
        String tijdelijk = String.join("\n", "client_body_temp_path " + prefix.resolve("body") + ";",
                "proxy_temp_path " + prefix.resolve("proxy") + ";", "fastcgi_temp_path " + prefix.resolve("fastcgi") + ";",
                "uwsgi_temp_path " + prefix.resolve("uwsgi") + ";", "scgi_temp_path " + prefix.resolve("scgi") + ";",
                "access_log " + prefix.resolve("logs/access.log") + ";");
        Files.writeString(prefix.resolve("nginx.conf"), String.join("\n",
                "worker_processes 1;", "pid " + prefix.resolve("nginx.pid") + ";", "error_log " + prefix.resolve("logs/error.log") + ";",
                "events { worker_connections 256; }", "http {", tijdelijk, server, "}", ""));
        String nginx = new File("/usr/sbin/nginx").canExecute() ? "/usr/sbin/nginx" : "nginx";
        Process p = new ProcessBuilder(nginx, "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        processen.add(p);
    }

    /** Waits until the node answers its readiness check (it migrates and starts in 20-40 s on two cores). */
    private static void gereed(int poort, Path log) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + "/actuator/health/readiness")).build();
        try {
            Awaitility.await("node on port " + poort).atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("node on port " + poort + " did not start:\n" + Files.readString(log), e);
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
