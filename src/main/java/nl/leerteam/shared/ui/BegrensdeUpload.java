package nl.leerteam.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;

/**
 * An upload that is read from its stream with a hard cap: a file that says it is larger is refused
 * before a byte is read, and one that turns out larger stops being read at the cap. Only then does
 * the whole file (at most the cap) exist in memory. Vaadin's in-memory handler reads everything first.
 */
public final class BegrensdeUpload implements UploadHandler {

    /** What to do with a file that fits; runs in the upload request, with the uploader's login. */
    @FunctionalInterface
    public interface Ontvanger {
        void ontvang(String bestandsnaam, byte[] inhoud);
    }

    private final int maximaal;
    private final Ontvanger ontvanger;
    private final Runnable teGroot;

    /** @param teGroot tells the person, in the UI, that the file was too large */
    public BegrensdeUpload(int maximaal, Ontvanger ontvanger, Runnable teGroot) {
        this.maximaal = maximaal;
        this.ontvanger = ontvanger;
        this.teGroot = teGroot;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maximaal) {
            weiger(event);
            return;
        }
        byte[] inhoud;
        try (InputStream in = event.getInputStream()) {
            inhoud = in.readNBytes(maximaal + 1);
        }
        if (inhoud.length > maximaal) {
            weiger(event);
            return;
        }
        ontvanger.ontvang(event.getFileName(), inhoud);
    }

    private void weiger(UploadEvent event) {
        event.reject("too large");
        event.getUI().access(teGroot::run);
    }

    @Override
    public long getRequestSizeMax() {
        return maximaal + 64 * 1024L;
    }

    @Override
    public long getFileSizeMax() {
        return maximaal;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
