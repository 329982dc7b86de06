package nl.leerteam;

import nl.leerteam.organisatie.security.InlogFout;
import nl.leerteam.privacy.PrivacyFinding;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.security.Rol;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation|Meldingen\\.(?:succes|fout))\\((?:this, )?\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");

    @Test
    void dutch_and_english_have_exactly_the_same_keys() {
        assertThat(keys("translations_en.properties")).isEqualTo(keys("translations.properties"));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("translations.properties")).containsAll(used);
    }

    @Test
    void every_role_login_refusal_and_privacy_finding_has_its_text() {
        Set<String> dutch = keys("translations.properties");
        for (Rol rol : Rol.values()) {
            assertThat(dutch).contains(rol.labelKey());
        }
        for (InlogFout fout : InlogFout.values()) {
            assertThat(dutch).contains("geen-toegang.reden." + fout.code());
        }
        for (PrivacyFinding.Kind kind : PrivacyFinding.Kind.values()) {
            assertThat(dutch).contains("privacy.soort." + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void every_round_factor_result_message_kind_next_step_referral_status_and_agenda_item_kind_has_its_text() {
        Set<String> dutch = keys("translations.properties");
        Map<String, Class<? extends Enum<?>>> enums = Map.of(
                "ronde.", nl.leerteam.leerlingbespreking.Ronde.class,
                "factor.", nl.leerteam.leerlingbespreking.Factor.class,
                "afspraak.resultaat.", nl.leerteam.leerlingbespreking.EvaluatieResultaat.class,
                "bericht.", nl.leerteam.leerlingbespreking.BerichtSoort.class,
                "vervolgstap.", nl.leerteam.leerlingbespreking.Vervolgstap.class,
                "verwijzing.", nl.leerteam.leerlingbespreking.Verwijzing.class,
                "casus.status.", nl.leerteam.leerlingbespreking.CasusStatus.class,
                "bijeenkomst.status.", nl.leerteam.bijeenkomst.BijeenkomstStatus.class,
                "agendapunt.soort.", nl.leerteam.bijeenkomst.AgendapuntSoort.class);
        enums.forEach((prefix, type) -> {
            for (Enum<?> waarde : type.getEnumConstants()) {
                assertThat(dutch).contains(prefix + waarde.name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    @Test
    void dutch_is_the_default_and_english_is_served_for_english() {
        LeerteamI18NProvider provider = new LeerteamI18NProvider();
        assertThat(provider.getTranslation("menu.uitloggen", Locale.of("nl"))).isEqualTo("Uitloggen");
        assertThat(provider.getTranslation("menu.uitloggen", Locale.GERMAN)).isEqualTo("Uitloggen");
        assertThat(provider.getTranslation("menu.uitloggen", Locale.UK)).isEqualTo("Log out");
        assertThat(provider.getTranslation("dashboard.geen-leerteams.tekst", Locale.of("nl"))).contains("collega's");
    }

    /**
     * Every text goes through MessageFormat, which takes a lone apostrophe for the start of quoted text and drops it
     * ("the school's own" became "the schools own"): an apostrophe is written twice.
     */
    @Test
    void no_text_loses_an_apostrophe() {
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            Properties properties = properties(file);
            for (String key : properties.stringPropertyNames()) {
                String tekst = properties.getProperty(key).replace("'{count}'", "");
                assertThat(tekst.replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
        assertThat(new LeerteamI18NProvider().getTranslation("escalatie.verwijzing.uitleg", Locale.UK)).contains("the school's own");
    }

    private static Set<String> keys(String file) {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    private static Properties properties(String file) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
