package nl.leerteam.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Teachers in a meeting: log in through the development login, open their leerteam's running meeting,
 * read the case on the agenda, go back to the meeting and ask a question in the questions round, with
 * 1–3 s to think between steps. Each teacher asks each of the six questions once, as in a real round of
 * clarifying questions, and then keeps reading the case and following the meeting: asking without end
 * would grow one discussion to hundreds of questions, a page no meeting has. Speaks Vaadin's own protocol the way the browser does: the UI id and
 * security key from the init response, the sync id and client id from every UIDL response, node ids
 * looked up by the element ids the views set; nothing of Vaadin's checks is switched off.
 * <p>
 * Every request carries its step name in {@code X-Bench-Step}, so that Tomcat's access log gives the
 * server time per step; the round trip per step goes to {@link LoadBenchmark#METINGEN}.
 */
public class LoadSimulation extends Simulation {

    private static final String BASE_URL = LoadBenchmark.baseUrl();

    /** The browser details a real client sends with its init request (a school laptop in Dutch time). */
    private static final String BROWSER_DETAILS = "&v-sh=800&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280"
            + "&v-tzo=-60&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FAmsterdam&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0"
            + "&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    private static final List<String> VRAGEN = List.of(
            "Wat doet de leerling als de uitleg klaar is?",
            "Op welke momenten lukt het starten wel?",
            "Hoe reageert de groep als je langskomt?",
            "Welke hulpmiddelen liggen op tafel?",
            "Hoe lang duurt het voordat de leerling begint?",
            "Wat zegt de leerling zelf over het starten?");


    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Leerteam-benchmark")
            .acceptLanguageHeader("nl-NL,nl;q=0.9")
            .shareConnections();

    /** One request of a step: named in the header for the access log, its round trip kept. */
    private static ChainBuilder stap(String naam, HttpRequestActionBuilder request) {
        return exec(request.header("X-Bench-Step", naam))
                .exec(session -> {
                    LoadBenchmark.METINGEN.add(new LoadBenchmark.Meting(naam, session.getInt("rt"), !session.isFailed()));
                    return session.markAsSucceeded();
                });
    }

    private static HttpRequestActionBuilder uidl(String naam, Function<Session, String> rpc, CheckBuilder... extra) {
        return http(naam).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> "{\"csrfToken\":\"" + s.getString("csrf") + "\",\"rpc\":" + rpc.apply(s)
                        + ",\"syncId\":" + s.getInt("syncId") + ",\"clientId\":" + s.getInt("clientId") + "}"))
                .check(responseTimeInMillis().saveAs("rt"),
                        status().is(200),
                        substring("appError").notExists(),
                        substring("sessionExpired").notExists(),
                        jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"))
                .check(extra);
    }

    private static String navigeren(String route) {
        return "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}]";
    }

    private static CheckBuilder knooppunt(String elementId, String naam) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\"" + elementId + "\"\\}")
                .saveAs(naam);
    }

    private static final ChainBuilder INLOGGEN = stap("login page", http("login page").get("/login")
            .check(responseTimeInMillis().saveAs("rt"), status().is(200)))
            .exec(stap("login", http("login").post("/login")
                    .formParam("username", "#{subject}").formParam("password", "dev")
                    .disableFollowRedirect()
                    .check(responseTimeInMillis().saveAs("rt"), status().is(302),
                            header("Location").not(BASE_URL + "/login?error"))));

    /** A fresh page load of the meeting: the HTML, the init request that creates the UI, then the navigation. */
    private static final ChainBuilder BIJEENKOMST_OPENEN = stap("meeting html", http("meeting html")
            .get("/bijeenkomsten/#{bijeenkomstId}").header("Accept", "text/html")
            .check(responseTimeInMillis().saveAs("rt"), status().is(200)))
            .exec(stap("meeting init", http("meeting init")
                    .get(s -> "/?v-r=init&location=bijeenkomsten%2F" + s.getString("bijeenkomstId") + "&query="
                            + "&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS + "&v-wn=v-" + s.userId())
                    .check(responseTimeInMillis().saveAs("rt"), status().is(200),
                            jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                            jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                            jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"))))
            .exec(session -> session.set("clientId", 0))
            .exec(stap("meeting open", uidl("meeting open", s -> navigeren("bijeenkomsten/" + s.getString("bijeenkomstId")),
                    knooppunt("vraag-tekst", "vraagVeld"), knooppunt("vraag-stellen", "vraagKnop"))));

    private static final ChainBuilder CASUS_LEZEN = stap("case read",
            uidl("case read", s -> navigeren("casussen/" + s.getString("casusId")), substring("Leerling A")));

    private static final ChainBuilder TERUG_NAAR_BIJEENKOMST = stap("meeting back", uidl("meeting back",
            s -> navigeren("bijeenkomsten/" + s.getString("bijeenkomstId")),
            knooppunt("vraag-tekst", "vraagVeld"), knooppunt("vraag-stellen", "vraagKnop")));

    private static final ChainBuilder VRAAG_STELLEN = exec(session -> session.set("vraag",
            VRAGEN.get((int) ((session.userId() + session.getInt("ronde")) % VRAGEN.size()))))
            .exec(stap("question", uidl("question", s -> "[{\"type\":\"mSync\",\"node\":" + s.getString("vraagVeld")
                    + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + s.getString("vraag") + "\"},"
                    + "{\"type\":\"event\",\"node\":" + s.getString("vraagVeld") + ",\"event\":\"change\",\"data\":{}},"
                    + "{\"type\":\"event\",\"node\":" + s.getString("vraagKnop") + ",\"event\":\"click\",\"data\":{"
                    + "\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,"
                    + "\"event.clientX\":1158,\"event.clientY\":701,\"event.altKey\":false,\"event.button\":0,"
                    + "\"event.screenY\":798,\"event.screenX\":1168}}]",
                    // the field is emptied only when the question was saved
                    substring("\"key\":\"value\",\"feat\":1,\"value\":\"\""))));

    /** Closing the window: the browser's unload message, so the server lets go of the UI at once. */
    private static final ChainBuilder VERTREKKEN = stap("leave", http("leave").post("/?v-r=uidl&v-uiId=#{uiId}")
            .header("Content-Type", "text/plain;charset=UTF-8")
            .body(StringBody(s -> "{\"csrfToken\":\"" + s.getString("csrf") + "\",\"rpc\":[],\"UNLOAD\":true}"))
            .check(responseTimeInMillis().saveAs("rt"), status().is(200)));

    private final ScenarioBuilder leerkrachten = scenario("Teachers in a meeting")
            .feed(feeder())
            .exec(INLOGGEN)
            .exec(BIJEENKOMST_OPENEN)
            .exec(session -> session.set("ronde", 0))
            .exec(during(LoadBenchmark.STAY).on(
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    CASUS_LEZEN,
                    pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                    TERUG_NAAR_BIJEENKOMST,
                    doIf(session -> session.getInt("ronde") < VRAGEN.size()).then(
                            pause(Duration.ofSeconds(1), Duration.ofSeconds(3)),
                            VRAAG_STELLEN),
                    exec(session -> session.set("ronde", session.getInt("ronde") + 1))))
            .exec(VERTREKKEN);

    {
        setUp(leerkrachten.injectOpen(rampUsers(LoadBenchmark.users).during(LoadBenchmark.RAMP))).protocols(protocol);
    }

    private static FeederBuilder<Object> feeder() {
        try {
            List<Map<String, Object>> rijen = Files.readAllLines(LoadBenchmark.USERS).stream().map(regel -> regel.split(","))
                    .map(d -> Map.<String, Object>of("subject", d[0], "bijeenkomstId", d[1], "casusId", d[2]))
                    .toList();
            return listFeeder(rijen).circular();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
