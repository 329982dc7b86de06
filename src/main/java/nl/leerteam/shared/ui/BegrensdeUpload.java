package nl.leerteam.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload that is read from its stream with a hard cap: a file that says it is larger is refused
 * before a byte is read, and one that turns out larger stops being read at the cap. Only then does
 * the whole file (at most the cap) exist in memory. Vaadin's in-memory handler reads everything first.
 */
public final class BegrensdeUpload extends EenBestandUpload {

    /** What to do with a file that fits; runs in the upload request, with the uploader's login. */
    @FunctionalInterface
    public interface Ontvanger {
        void ontvang(String bestandsnaam, byte[] inhoud);
    }

    private final Ontvanger ontvanger;

    /** @param teGroot tells the person, in the UI, that the file was too large */
    public BegrensdeUpload(int maximaal, Ontvanger ontvanger, Runnable teGroot) {
        super(maximaal, teGroot);
        this.ontvanger = ontvanger;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maximaal) {
            weiger(event);
            return;
        }
        byte[] inhoud;
        try (InputStream in = event.getInputStream()) {
            inhoud = in.readNBytes((int) maximaal + 1);
        }
        if (inhoud.length > maximaal) {
            weiger(event);
            return;
        }
        ontvanger.ontvang(event.getFileName(), inhoud);
    }
}
