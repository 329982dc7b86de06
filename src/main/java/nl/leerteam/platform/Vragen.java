package nl.leerteam.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the questions to peers look like to a reader. */
public final class Vragen {

    private Vragen() {
    }

    public record Samenvatting(UUID id, String titel, Domein domein, String vragerNaam, int antwoorden, boolean opgelost,
                               Instant aangemaakt) {
    }

    /**
     * @param magKiezen whether the reader is the asker, who marks the answer that helped
     * @param volgIk    whether the reader follows it
     */
    public record Details(UUID id, String titel, String tekst, Domein domein, List<String> themas, String vragerNaam,
                          List<Antwoord> antwoorden, boolean magBeantwoorden, boolean magKiezen, boolean volgIk, long version) {
    }

    /**
     * @param geholpen the asker marked it as the answer that helped
     * @param vanMij   the reader wrote it (and may make a practice card of it)
     */
    public record Antwoord(UUID id, String tekst, String auteurNaam, Instant moment, boolean geholpen, boolean vanMij) {
    }

    /** A question or a published card that resembles what someone is about to ask. */
    public record Gelijkend(UUID id, String titel, boolean kaart) {
    }
}
