package nl.leerteam.platform.bestand;

import nl.leerteam.shared.domain.InvoerFout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clamd client against a small stand-in on loopback that speaks clamd's INSTREAM protocol: the command, chunks
 * with a 4-byte big-endian length, a zero-length chunk at the end, and "stream: OK" or "stream: … FOUND" back. It
 * finds the EICAR test string the way a real clamd's signatures do.
 */
class VirusscannerTest {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @TempDir
    Path map;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void dicht() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** A clamd stand-in; it records the chunk sizes it was sent. */
    private int clamd(List<Integer> blokken) throws IOException {
        ServerSocket server = new ServerSocket(0);
        open.add(server);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    byte[] commando = new byte["zINSTREAM\0".length()];
                    in.readFully(commando);
                    OutputStream uit = s.getOutputStream();
                    if (!new String(commando, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
                        uit.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                        continue;
                    }
                    ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
                    int lengte;
                    while ((lengte = in.readInt()) > 0) {
                        blokken.add(lengte);
                        inhoud.write(in.readNBytes(lengte));
                    }
                    boolean besmet = inhoud.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
                    uit.write((besmet ? "stream: Eicar-Signature FOUND\0" : "stream: OK\0").getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // closed by the test
                }
            }
        });
        return server.getLocalPort();
    }

    @Test
    void a_clean_file_passes_in_chunks_and_the_eicar_test_file_is_refused() throws IOException {
        List<Integer> blokken = new ArrayList<>();
        Virusscanner scanner = new Virusscanner("127.0.0.1", clamd(blokken), 2000);
        assertThat(scanner.aan()).isTrue();
        Path schoon = Files.write(map.resolve("schoon.pdf"), new byte[150 * 1024]);
        scanner.scan(schoon);
        assertThat(blokken).as("sent in chunks of at most 64 kB").containsExactly(65536, 65536, 22528);
        Path besmet = Files.writeString(map.resolve("eicar.pdf"), EICAR);
        assertThatThrownBy(() -> scanner.scan(besmet)).isInstanceOf(InvoerFout.class)
                .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo("bibliotheek.fout.virus"));
    }

    @Test
    void when_the_configured_scanner_cannot_be_reached_every_file_is_refused() throws IOException {
        int poort;
        try (ServerSocket vrij = new ServerSocket(0)) {
            poort = vrij.getLocalPort();
        }
        Virusscanner scanner = new Virusscanner("127.0.0.1", poort, 500);
        Path bestand = Files.write(map.resolve("a.pdf"), new byte[10]);
        assertThatThrownBy(() -> scanner.scan(bestand)).isInstanceOf(InvoerFout.class)
                .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo("bibliotheek.fout.scanner-weg"));
    }

    @Test
    void without_a_configured_scanner_nothing_is_scanned() throws IOException {
        Virusscanner scanner = new Virusscanner("", 3310, 500);
        assertThat(scanner.aan()).isFalse();
        scanner.scan(Files.writeString(map.resolve("eicar.pdf"), EICAR));
    }
}
