package nl.leerteam.platform;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the studiedag library looks like to a reader. */
public final class Bibliotheek {

    private Bibliotheek() {
    }

    /** Who can read a file: its school only, or the whole board since a KC of the school approved the current version. */
    public enum Zichtbaar {
        SCHOOL, BESTUUR
    }

    /** @param bevindingen whether the privacy guard found something in the current version (told to the school only) */
    public record Samenvatting(UUID id, UUID schoolId, String titel, String schoolNaam, List<String> themas, String studiedag,
                               LocalDate studiedagDatum, String soort, int versie, Zichtbaar zichtbaar, boolean bevindingen,
                               Instant geupload) {
    }

    public record Versie(int nummer, String bestandsnaam, String soort, long grootte, String uploaderNaam, Instant geupload,
                         String goedkeurderNaam, Instant goedgekeurd) {
    }

    /**
     * @param bevindingen  per part of the current version (bestandsnaam, tekst, opmerkingen, notities, ...), the kinds of
     *                     what the privacy guard found; for the school only
     * @param versies      every version, for the school; the current one only for the rest of the board
     * @param uittreksel   the beginning of what an Office file says, shown where a PDF or image has its picture
     */
    public record Details(UUID id, UUID schoolId, BestandInvoer invoer, List<String> themaNamen, String schoolNaam, Versie huidig,
                          Zichtbaar zichtbaar, Map<String, List<String>> bevindingen, boolean bevindingenBevestigd,
                          List<Versie> versies, Mag mag, boolean voorbeeld, String uittreksel, long version) {
    }

    /**
     * @param goedkeuren    a KC of the file's school, while the current version is not approved yet
     * @param bevestigen    approving asks the KC to confirm what the guard found; a BSN cannot be confirmed
     */
    public record Mag(boolean wijzigen, boolean nieuweVersie, boolean goedkeuren, boolean bevestigen) {
    }

    /** What the checks make of a file before it is saved: shown in the upload dialog. */
    public record Controle(String bestandsnaam, String soort, long grootte, Map<String, List<String>> bevindingen) {
    }

    /** A file to hand out, always as an attachment. */
    public record Download(String naam, String mime, long grootte, Path pad) {
    }

    /** A file a practice card carries: the version it had when the card's version was written. */
    public record Bijlage(UUID bestandId, int versie, String titel, String bestandsnaam, String soort, long grootte) {
    }
}
