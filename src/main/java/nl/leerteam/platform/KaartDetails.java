package nl.leerteam.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A practice card as one person may see it: outside its school the published version, inside it the
 * newest; its history; and what the reader may do now.
 *
 * @param versie         the number of the version shown
 * @param nieuwerInWerk  a newer version than the published one is being written or reviewed (for its school)
 * @param opmerking      the reviewer's remark when the version shown was sent back
 * @param bijlagen       the library files the version shown carries
 */
public record KaartDetails(UUID id, KaartStand stand, int versie, KaartInvoer invoer, List<String> themaNamen, String schoolNaam,
                           String eigenaarNaam, boolean nieuwerInWerk, String opmerking, List<Stap> geschiedenis, Mag mag,
                           List<Adoptie> adopties, List<Feedback> feedback, List<Bibliotheek.Bijlage> bijlagen,
                           long version) {

    /** A school that adopted the card, since when, and how it went in its own words. */
    public record Adoptie(UUID schoolId, String schoolNaam, java.time.LocalDate sinds, String verslag, boolean magVerslag) {
    }

    /** "Bruikbaar?" with the sentence that says why. */
    public record Feedback(boolean bruikbaar, String zin, String doorNaam, Instant moment) {
    }

    public record Stap(String stap, int versie, String doorNaam, Instant moment, String opmerking) {
    }

    /**
     * What the reader may do with the card now.
     *
     * @param adopteren the schools where the reader is KC that may record adopting it (not its own school, not twice)
     * @param feedback  whether the reader may say whether it is usable (a published card, not their own)
     * @param bijlagen  whether the reader may choose the library files the card carries (its owner, while a concept)
     */
    public record Mag(boolean wijzigen, boolean indienen, boolean beoordelen, boolean bevestigen, java.util.Map<UUID, String> adopteren,
                      boolean feedback, boolean bijlagen) {
    }
}
