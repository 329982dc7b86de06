package nl.leerteam.platform.ui;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import nl.leerteam.platform.Bibliotheek;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Supplier;

/**
 * Hands out a library file: the access check runs again in the download request (a link kept from an earlier
 * session or page is worth nothing by itself), the file always comes as an attachment under its cleaned name,
 * and the browser is told not to guess its type ({@code nosniff}).
 */
final class Bestandsdownload {

    private Bestandsdownload() {
    }

    static DownloadHandler van(Supplier<Bibliotheek.Download> bron) {
        return (DownloadEvent event) -> {
            Bibliotheek.Download download;
            try {
                download = bron.get();
            } catch (AccessDeniedException geen) {
                event.getResponse().setStatus(404);
                return;
            }
            var response = event.getResponse();
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(download.naam(), StandardCharsets.UTF_8)
                    .build().toString());
            response.setHeader("Cache-Control", "private, no-store");
            event.setContentType(download.mime());
            event.setContentLength(download.grootte());
            try (InputStream in = Files.newInputStream(download.pad()); OutputStream uit = event.getOutputStream()) {
                in.transferTo(uit);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }
}
