package nl.leerteam.platform.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import nl.leerteam.platform.bestand.BegrensdOntvangen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * A library file streams to a temporary file on the library's disk and stops at the cap, whatever the browser
 * said about its size (Vaadin's client-side maximum only saves the person a wait). Nothing is held in memory.
 */
final class BibliotheekUpload extends nl.leerteam.shared.ui.EenBestandUpload {

    private final Path map;
    private final BiConsumer<String, Path> ontvangen;

    /**
     * @param ontvangen runs in the upload request with the file's name as given and its temporary file
     * @param teGroot   tells the person, in the UI, that the file was too large
     */
    BibliotheekUpload(long maximaal, Path map, BiConsumer<String, Path> ontvangen, Runnable teGroot) {
        super(maximaal, teGroot);
        this.map = map;
        this.ontvangen = ontvangen;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maximaal) {
            weiger(event);
            return;
        }
        Path tijdelijk;
        try (InputStream in = event.getInputStream()) {
            tijdelijk = BegrensdOntvangen.naarTijdelijkBestand(in, maximaal, map);
        } catch (BegrensdOntvangen.TeGroot e) {
            weiger(event);
            return;
        }
        ontvangen.accept(event.getFileName(), tijdelijk);
    }
}
