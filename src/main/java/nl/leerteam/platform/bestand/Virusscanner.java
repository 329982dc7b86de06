package nl.leerteam.platform.bestand;

import nl.leerteam.shared.domain.InvoerFout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Asks a ClamAV daemon about a file through its INSTREAM command (chunks with a 4-byte big-endian length, a
 * zero-length chunk at the end) when a host is configured. Without one nothing is scanned; with one, a file
 * is refused when clamd finds something, and also when clamd cannot be reached or answers otherwise (fail
 * closed: no file enters unscanned). No client library for clamd is served here, and the protocol is a page.
 */
public final class Virusscanner {

    private static final Logger LOG = LoggerFactory.getLogger(Virusscanner.class);
    private static final int BLOK = 64 * 1024;

    private final String host;
    private final int poort;
    private final int wachttijdMs;

    public Virusscanner(String host, int poort, int wachttijdMs) {
        this.host = host == null ? "" : host.strip();
        this.poort = poort;
        this.wachttijdMs = wachttijdMs;
    }

    public boolean aan() {
        return !host.isEmpty();
    }

    public void scan(Path bestand) {
        if (!aan()) {
            return;
        }
        String antwoord;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, poort), wachttijdMs);
            socket.setSoTimeout(wachttijdMs * 10);
            DataOutputStream uit = new DataOutputStream(socket.getOutputStream());
            uit.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            try (InputStream in = Files.newInputStream(bestand)) {
                byte[] blok = new byte[BLOK];
                int n;
                while ((n = in.read(blok)) > 0) {
                    uit.writeInt(n);
                    uit.write(blok, 0, n);
                }
            }
            uit.writeInt(0);
            uit.flush();
            antwoord = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.US_ASCII).replace("\0", "").strip();
        } catch (IOException e) {
            LOG.warn("Virus scanner at {}:{} not reachable ({}); the upload is refused", host, poort, e.toString());
            throw new InvoerFout("bestand", "bibliotheek.fout.scanner-weg");
        }
        if (antwoord.endsWith("FOUND")) {
            LOG.warn("Virus scanner refused an upload: {}", antwoord);
            throw new InvoerFout("bestand", "bibliotheek.fout.virus");
        }
        if (!antwoord.endsWith("OK")) {
            LOG.warn("Virus scanner answered '{}'; the upload is refused", antwoord);
            throw new InvoerFout("bestand", "bibliotheek.fout.scanner-weg");
        }
    }
}
