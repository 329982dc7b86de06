package nl.leerteam.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload is read from its stream with a hard cap, whatever size it claims. */
class BegrensdeUploadTest extends KaribuTest {

    private static final int CAP = 256 * 1024;

    @Test
    void a_64_megabyte_upload_that_claims_to_be_small_is_read_only_to_the_cap_and_refused() throws Exception {
        login("fatima");
        AtomicLong gelezen = new AtomicLong();
        List<byte[]> ontvangen = new ArrayList<>();
        List<String> gemeld = new ArrayList<>();
        UploadEvent event = event(stroom(64L * 1024 * 1024, gelezen), 1000);

        new BegrensdeUpload(CAP, (naam, inhoud) -> ontvangen.add(inhoud), () -> gemeld.add("te groot")).handleUploadRequest(event);

        assertThat(gelezen.get()).as("bytes read of 64 MB").isLessThanOrEqualTo(CAP + 1 + 8192);
        assertThat(event.isRejected()).isTrue();
        assertThat(ontvangen).isEmpty();
        com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        assertThat(gemeld).containsExactly("te groot");
    }

    @Test
    void one_that_says_it_is_too_large_is_refused_before_a_byte_is_read_and_one_that_fits_arrives_whole() throws Exception {
        login("fatima");
        AtomicLong gelezen = new AtomicLong();
        List<byte[]> ontvangen = new ArrayList<>();
        new BegrensdeUpload(CAP, (naam, inhoud) -> ontvangen.add(inhoud), () -> { })
                .handleUploadRequest(event(stroom(64L * 1024 * 1024, gelezen), 64L * 1024 * 1024));
        assertThat(gelezen.get()).isZero();

        new BegrensdeUpload(CAP, (naam, inhoud) -> ontvangen.add(inhoud), () -> { })
                .handleUploadRequest(event(stroom(CAP, new AtomicLong()), CAP));
        assertThat(ontvangen).singleElement().satisfies(inhoud -> assertThat(inhoud).hasSize(CAP));
    }

    private static UploadEvent event(InputStream stroom, long opgegeven) throws Exception {
        VaadinRequest request = Mockito.mock(VaadinRequest.class);
        Mockito.when(request.getInputStream()).thenReturn(stroom);
        Div eigenaar = new Div();
        UI.getCurrent().add(eigenaar);
        return new UploadEvent(request, null, VaadinSession.getCurrent(), "kijkwijzer.json", opgegeven, "application/json",
                eigenaar.getElement(), null);
    }

    /** Zeros, as many as asked, without holding them: counts what is read. */
    private static InputStream stroom(long lengte, AtomicLong gelezen) {
        return new InputStream() {
            @Override
            public int read() {
                if (gelezen.get() >= lengte) {
                    return -1;
                }
                gelezen.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long over = lengte - gelezen.get();
                if (over <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, Math.min(over, 8192));
                gelezen.addAndGet(n);
                return n;
            }
        };
    }
}
