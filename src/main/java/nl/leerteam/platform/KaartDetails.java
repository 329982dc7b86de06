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
 */
public record KaartDetails(UUID id, KaartStand stand, int versie, KaartInvoer invoer, List<String> themaNamen, String schoolNaam,
                           String eigenaarNaam, boolean nieuwerInWerk, String opmerking, List<Stap> geschiedenis, Mag mag,
                           long version) {

    public record Stap(String stap, int versie, String doorNaam, Instant moment, String opmerking) {
    }

    /** What the reader may do with the card now. */
    public record Mag(boolean wijzigen, boolean indienen, boolean beoordelen, boolean bevestigen) {
    }
}
