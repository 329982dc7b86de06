package nl.leerteam.platform.bestand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file arriving from a browser goes to a temporary file and never further than the cap: the byte after
 * the cap ends the copy and deletes what was written. What the browser said about the size is not believed.
 */
public final class BegrensdOntvangen {

    /** The file was larger than the cap; nothing of it is left on disk. */
    public static final class TeGroot extends IOException {
        public TeGroot(long maximaal) {
            super("File larger than " + maximaal + " bytes");
        }
    }

    private BegrensdOntvangen() {
    }

    /** @return a new temporary file in {@code map} with the stream's bytes, at most {@code maximaal} of them */
    public static Path naarTijdelijkBestand(InputStream in, long maximaal, Path map) throws IOException {
        Files.createDirectories(map);
        Path doel = Files.createTempFile(map, "upload-", ".tmp");
        boolean klaar = false;
        try (OutputStream uit = Files.newOutputStream(doel)) {
            byte[] buffer = new byte[64 * 1024];
            long geschreven = 0;
            int gelezen;
            while ((gelezen = in.read(buffer)) != -1) {
                geschreven += gelezen;
                if (geschreven > maximaal) {
                    throw new TeGroot(maximaal);
                }
                uit.write(buffer, 0, gelezen);
            }
            klaar = true;
        } finally {
            if (!klaar) {
                Files.deleteIfExists(doel);
            }
        }
        return doel;
    }
}
