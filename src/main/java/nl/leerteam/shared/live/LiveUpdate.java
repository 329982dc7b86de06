package nl.leerteam.shared.live;

import java.util.UUID;

/**
 * Something changed: on {@code topic} (for example "casus"), the thing with {@code id}. Ids only:
 * who receives it re-reads through a service, which checks their access.
 */
public record LiveUpdate(String topic, UUID id) {

    private static final int MAX_TOPIC = 100;

    public LiveUpdate {
        if (topic == null || topic.isBlank() || topic.length() > MAX_TOPIC || topic.contains("|")) {
            throw new IllegalArgumentException("A topic is a short name without '|'");
        }
        if (id == null) {
            throw new IllegalArgumentException("An update names the id of what changed");
        }
    }

    String payload() {
        return topic + "|" + id;
    }

    static LiveUpdate fromPayload(String payload) {
        int bar = payload.lastIndexOf('|');
        return new LiveUpdate(payload.substring(0, bar), UUID.fromString(payload.substring(bar + 1)));
    }
}
