package nl.leerteam.platform.bestand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The library's files on disk: one folder per board under the configured root, every file under a name
 * Leerteam made up (never the uploader's), nothing shared between boards even when two files are the same.
 * Who may read a file is PostgreSQL's to say; this class only keeps bytes.
 */
public final class Bestandsopslag {

    private static final Pattern NAAM = Pattern.compile("[0-9a-f-]{36}\\.[a-z]{1,8}");

    private final Path wortel;

    public Bestandsopslag(Path wortel) {
        this.wortel = wortel.toAbsolutePath().normalize();
    }

    public Path wortel() {
        return wortel;
    }

    private Path map(UUID bestuurId) throws IOException {
        return Files.createDirectories(wortel.resolve("bestuur-" + bestuurId));
    }

    /** Moves a checked file into the board's folder. @return the name it is kept under */
    public String bewaar(UUID bestuurId, Path bestand, String soort) throws IOException {
        String naam = UUID.randomUUID() + "." + soort;
        Files.move(bestand, map(bestuurId).resolve(naam), StandardCopyOption.ATOMIC_MOVE);
        return naam;
    }

    public String bewaar(UUID bestuurId, byte[] inhoud, String soort) throws IOException {
        String naam = UUID.randomUUID() + "." + soort;
        Files.write(map(bestuurId).resolve(naam), inhoud);
        return naam;
    }

    public Path pad(UUID bestuurId, String naam) {
        if (!NAAM.matcher(naam).matches()) {
            throw new IllegalArgumentException("Not a name this store gave");
        }
        return wortel.resolve("bestuur-" + bestuurId).resolve(naam);
    }

    public void verwijder(UUID bestuurId, String naam) {
        try {
            Files.deleteIfExists(pad(bestuurId, naam));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A folder for files on their way in, on the same disk so that keeping one is a rename. */
    public Path tijdelijk() throws IOException {
        return Files.createDirectories(wortel.resolve("tijdelijk"));
    }
}
