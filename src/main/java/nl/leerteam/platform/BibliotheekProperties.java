package nl.leerteam.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;

/**
 * @param map              the folder under which every board's files lie, each board in a folder of its own
 * @param maximaalBestand  the cap per file, enforced on the server while the file streams in
 * @param clamdHost        a ClamAV daemon to scan every file with; empty: no scanning
 * @param clamdPort        its port
 */
@ConfigurationProperties("leerteam.bibliotheek")
public record BibliotheekProperties(Path map, DataSize maximaalBestand, String clamdHost, int clamdPort) {

    public BibliotheekProperties {
        map = map == null ? Path.of(System.getProperty("user.home"), ".leerteam", "bibliotheek") : map;
        maximaalBestand = maximaalBestand == null ? DataSize.ofMegabytes(25) : maximaalBestand;
        clamdHost = clamdHost == null ? "" : clamdHost.strip();
        clamdPort = clamdPort == 0 ? 3310 : clamdPort;
    }
}
