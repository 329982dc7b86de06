package nl.leerteam.shared.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload of one file with a cap enforced on the server: the request and the file may not be larger, and a file
 * that turns out larger is refused and the person told so in the UI. Subclasses read the stream within the cap.
 */
public abstract class EenBestandUpload implements UploadHandler {

    protected final long maximaal;
    private final Runnable teGroot;

    /** @param teGroot tells the person, in the UI, that the file was too large */
    protected EenBestandUpload(long maximaal, Runnable teGroot) {
        this.maximaal = maximaal;
        this.teGroot = teGroot;
    }

    /** Refuses the file as too large. */
    protected void weiger(UploadEvent event) {
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
