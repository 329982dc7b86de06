package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;

/**
 * Vaadin's connection indicator as Leerteam needs it: it speaks the person's language and says what happens to their input
 * when the connection drops, and it stops saying "reconnecting" as soon as the connection is back.
 * <p>
 * The second is a workaround. When the browser reports it is online again while Vaadin is re-sending what was typed, the
 * re-sent request succeeds but the indicator stays on "reconnecting" until the next heartbeat, five minutes later (seen
 * with Vaadin 25.2 in {@code ObservatieBrowserTest}). A KC observing a lesson reads that as "my notes are not saved". So
 * after the browser's online event, while the indicator still says reconnecting, the page asks the server once more (a
 * poll, which Vaadin's client offers): its answer ends the loading state and the indicator shows connected.
 */
final class Verbindingsindicator {

    private Verbindingsindicator() {
    }

    /** Called once the UI has its language. */
    static void inrichten(UI ui) {
        ui.getPage().executeJs("""
                const zet = () => {
                    const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                    if (!indicator) { return false; }
                    indicator.onlineText = $0;
                    indicator.offlineText = $1;
                    indicator.reconnectingText = $2;
                    return true;
                };
                if (!zet()) { window.addEventListener('load', zet, {once: true}); }
                if (!window.__leerteamHerstel) {
                    window.__leerteamHerstel = true;
                    window.addEventListener('online', () => {
                        let pogingen = 0;
                        const vraag = () => {
                            const staat = window.Vaadin && window.Vaadin.connectionState;
                            if (!staat || staat.state !== 'reconnecting' || ++pogingen > 10) { return; }
                            Object.values((window.Vaadin.Flow && window.Vaadin.Flow.clients) || {})
                                .forEach(client => typeof client.poll === 'function' && client.poll());
                            setTimeout(vraag, 3000);
                        };
                        setTimeout(vraag, 3000);
                    });
                }""",
                ui.getTranslation("verbinding.online"), ui.getTranslation("verbinding.offline"),
                ui.getTranslation("verbinding.herstellen"));
    }
}
