package nl.leerteam.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser window speaking Vaadin's protocol, for the memory benchmark: the development login,
 * a page load (HTML, init, navigation) and the push connection the real client opens after init.
 * Many of these share one {@link HttpClient}; each keeps its own session cookie.
 */
final class VaadinKlant implements AutoCloseable {

    private static final Pattern SESSIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern SLEUTEL = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\":(\\d+)");

    private final HttpClient http;
    private final String basis;
    private String sessie;
    private int uiId;
    private String sleutel;
    private int syncId;
    private int clientId;
    private WebSocket push;

    VaadinKlant(HttpClient http, String basis) {
        this.http = http;
        this.basis = basis;
    }

    void inloggen(String subject) throws IOException, InterruptedException {
        HttpResponse<String> pagina = verzoek(HttpRequest.newBuilder(URI.create(basis + "/login")).GET());
        verwacht(pagina, 200);
        HttpResponse<String> login = verzoek(HttpRequest.newBuilder(URI.create(basis + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&password=dev")));
        verwacht(login, 302);
        if (login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Development login refused for " + subject);
        }
    }

    /** Loads a page as the browser does and opens its push connection; returns the navigation's response. */
    String openen(String route) throws IOException, InterruptedException {
        verwacht(verzoek(HttpRequest.newBuilder(URI.create(basis + "/" + route)).header("Accept", "text/html").GET()), 200);
        HttpResponse<String> init = verzoek(HttpRequest.newBuilder(URI.create(basis + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=&v-tzid=Europe%2FAmsterdam&v-curdate="
                + System.currentTimeMillis())).GET());
        verwacht(init, 200);
        uiId = Integer.parseInt(zoek(UI_ID, init.body()));
        sleutel = zoek(SLEUTEL, init.body());
        syncId = Integer.parseInt(zoek(SYNC_ID, init.body()));
        clientId = 0;
        String pushId = zoek(PUSH_ID, init.body());
        push = http.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + sessie)
                .buildAsync(URI.create(basis.replace("http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                        + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                        + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=" + syncId), new Luisteraar())
                .join();
        return rpc("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
    }

    String rpc(String rpc) throws IOException, InterruptedException {
        HttpResponse<String> antwoord = verzoek(HttpRequest.newBuilder(URI.create(basis + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + sleutel + "\",\"rpc\":" + rpc
                        + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}")));
        verwacht(antwoord, 200);
        if (antwoord.body().contains("appError") || antwoord.body().contains("sessionExpired")) {
            throw new IllegalStateException("Vaadin refused the message: " + antwoord.body());
        }
        synchronized (this) {
            syncId = Math.max(syncId, Integer.parseInt(zoek(SYNC_ID, antwoord.body())));
        }
        clientId = Integer.parseInt(zoek(CLIENT_ID, antwoord.body()));
        return antwoord.body();
    }

    private HttpResponse<String> verzoek(HttpRequest.Builder builder) throws IOException, InterruptedException {
        if (sessie != null) {
            builder.header("Cookie", "JSESSIONID=" + sessie);
        }
        HttpResponse<String> antwoord = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        antwoord.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSIE.matcher(c);
            if (m.find()) {
                sessie = m.group(1);
            }
        });
        return antwoord;
    }

    private static void verwacht(HttpResponse<String> antwoord, int status) {
        if (antwoord.statusCode() != status) {
            throw new IllegalStateException(antwoord.request().uri() + " answered " + antwoord.statusCode());
        }
    }

    private static String zoek(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        if (!m.find()) {
            throw new IllegalStateException("Not in Vaadin's answer: " + patroon + " in " + tekst.substring(0, Math.min(300, tekst.length())));
        }
        return m.group(1);
    }

    /** Pushed messages advance the sync id, as in the browser; their content is not needed here. */
    private final class Luisteraar implements WebSocket.Listener {
        private final StringBuilder deel = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            deel.append(data);
            if (last) {
                Matcher m = SYNC_ID.matcher(deel);
                while (m.find()) {
                    synchronized (VaadinKlant.this) {
                        syncId = Math.max(syncId, Integer.parseInt(m.group(1)));
                    }
                }
                deel.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        if (push != null) {
            push.abort();
        }
    }
}
