package nl.leerteam;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer's first command works whatever `java` on the PATH is: mvnw finds a JDK 21+ in the usual
 * places, and says in one sentence what to do when there is none.
 */
class NieuwkomerTest {

    @Test
    void mvnw_finds_a_jdk_21_or_newer_without_java_home() throws Exception {
        Resultaat r = mvnw(Map.of("PATH", "/usr/bin:/bin", "HOME", System.getProperty("user.home")));
        assertThat(r.code()).as(r.uitvoer()).isZero();
        Matcher versie = Pattern.compile("Java version: (\\d+)").matcher(r.uitvoer());
        assertThat(versie.find()).as(r.uitvoer()).isTrue();
        assertThat(Integer.parseInt(versie.group(1))).isGreaterThanOrEqualTo(21);
    }

    @Test
    void without_any_jdk_21_it_says_so_in_one_sentence() throws Exception {
        // a PATH with only the tools the script needs, and no JDK in the places searched
        Path bin = Files.createTempDirectory("zonder-jdk");
        for (String tool : List.of("sh", "sed", "head", "dirname", "readlink", "uname", "cat")) {
            Path echt = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(echt) ? echt : Path.of("/bin", tool));
        }
        Resultaat r = mvnw(Map.of("PATH", bin.toString(), "HOME", bin.toString(), "LEERTEAM_JDK_DIRS", bin.resolve("geen").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.uitvoer().strip()).startsWith("Leerteam needs a JDK 21 or newer and found none").doesNotContain("\n");
    }

    private record Resultaat(int code, String uitvoer) {
    }

    private static Resultaat mvnw(Map<String, String> omgeving) throws IOException, InterruptedException {
        ProcessBuilder proces = new ProcessBuilder("/bin/sh", "mvnw", "-v").redirectErrorStream(true);
        proces.environment().clear();
        proces.environment().putAll(omgeving);
        Process p = proces.start();
        String uitvoer = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Resultaat(p.exitValue(), uitvoer);
    }
}
