package nl.leerteam.shared.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * @param sessieMaximaal    a session ends this long after it began, however active it is (ASVS 7.3.2)
 * @param hsts              send Strict-Transport-Security on HTTPS responses (production)
 * @param maximaalVerzoek   no request body may be larger; refused before it is read
 * @param maximaalUpload    the cap for a file upload (a multipart body) instead; its handler has a cap per file of its own
 * @param node              this node's route, the suffix of its session ids; empty on a single node
 */
@ConfigurationProperties("leerteam.web")
public record WebProperties(Duration sessieMaximaal, boolean hsts, DataSize maximaalVerzoek, DataSize maximaalUpload, String node) {

    public WebProperties {
        sessieMaximaal = sessieMaximaal == null ? Duration.ofHours(12) : sessieMaximaal;
        maximaalVerzoek = maximaalVerzoek == null ? DataSize.ofMegabytes(10) : maximaalVerzoek;
        maximaalUpload = maximaalUpload == null ? DataSize.ofMegabytes(26) : maximaalUpload;
        node = node == null ? "" : node.strip();
    }
}
