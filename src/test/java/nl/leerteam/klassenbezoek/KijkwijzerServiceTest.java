package nl.leerteam.klassenbezoek;

import nl.leerteam.klassenbezoek.domain.KijkwijzerVersie;
import nl.leerteam.klassenbezoek.domain.KijkwijzerVersieRepository;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.TestdataIngericht;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class KijkwijzerServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    KijkwijzerVersieRepository versies;

    @BeforeEach
    void besturen() {
        TweedeBestuur.zorgDatHetBestaat(context);
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private UUID regenboog() {
        return kijkwijzers.plekken().stream().filter(p -> "OBS De Regenboog".equals(p.schoolNaam())).findFirst().orElseThrow().schoolId();
    }

    @Test
    void the_shipped_example_has_five_domains_and_twenty_criteria_on_direct_instruction_and_climate() {
        Inloggen.als(inlog, "fatima");
        KijkwijzerInhoud voorbeeld = kijkwijzers.voorbeeld();
        assertThat(voorbeeld.formaat()).isEqualTo(KijkwijzerInhoud.FORMAAT);
        assertThat(voorbeeld.domeinen()).hasSize(5);
        assertThat(voorbeeld.aantalCriteria()).isEqualTo(20);
        assertThat(voorbeeld.domeinen()).extracting(KijkwijzerInhoud.Domein::naam).contains("Klimaat in de groep");
    }

    @Test
    void a_kc_defines_one_for_her_school_teachers_of_that_school_read_it_and_others_do_not() {
        Inloggen.als(inlog, "fatima");
        assertThat(kijkwijzers.plekken()).extracting(KijkwijzerPlek::schoolNaam)
                .as("a KC defines for her own schools, not for the whole board")
                .containsExactlyInAnyOrder("OBS De Regenboog", "CBS De Wegwijzer");
        UUID school = regenboog();
        UUID id = kijkwijzers.aanmaken(school, kijkwijzers.voorbeeld());
        assertThat(kijkwijzers.kijkwijzers()).extracting(KijkwijzerSamenvatting::id).contains(id);

        Inloggen.als(inlog, "sanne");
        assertThat(kijkwijzers.kijkwijzer(id, null).magWijzigen()).isFalse();
        assertThatThrownBy(() -> kijkwijzers.wijzigen(id, kijkwijzers.voorbeeld(), 0L)).isInstanceOf(AccessDeniedException.class);
        for (String ander : List.of("noor", "bram", "b-leerkracht", "b-bestuur")) {
            Inloggen.als(inlog, ander);
            assertThatThrownBy(() -> kijkwijzers.kijkwijzer(id, null)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThat(kijkwijzers.kijkwijzers()).extracting(KijkwijzerSamenvatting::id).as(ander).doesNotContain(id);
        }
        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> kijkwijzers.aanmaken(school, kijkwijzers.voorbeeld()))
                .as("a KC of another school").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void board_staff_define_one_for_the_whole_board_that_every_school_reads() {
        Inloggen.als(inlog, "annelies");
        assertThat(kijkwijzers.plekken()).first().satisfies(p -> assertThat(p.schoolId()).isNull());
        UUID id = kijkwijzers.aanmaken(null, kijkwijzers.voorbeeld());
        Inloggen.als(inlog, "femke");
        assertThat(kijkwijzers.kijkwijzer(id, null).schoolNaam()).isNull();
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> kijkwijzers.aanmaken(null, kijkwijzers.voorbeeld())).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "b-leerkracht");
        assertThatThrownBy(() -> kijkwijzers.kijkwijzer(id, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editing_an_unused_version_changes_it_and_editing_a_used_one_makes_a_new_version_old_visits_keep_theirs() {
        Inloggen.als(inlog, "fatima");
        UUID id = kijkwijzers.aanmaken(regenboog(), kijkwijzers.voorbeeld());
        KijkwijzerDetails eerste = kijkwijzers.kijkwijzer(id, null);
        KijkwijzerInhoud.Criterium criterium = eerste.inhoud().domeinen().getFirst().criteria().getFirst();

        kijkwijzers.wijzigen(id, hernoemd(eerste.inhoud(), "Versie één"), eerste.version());
        KijkwijzerDetails ongebruikt = kijkwijzers.kijkwijzer(id, null);
        assertThat(ongebruikt.versies()).hasSize(1);
        assertThat(ongebruikt.naam()).isEqualTo("Versie één");
        assertThatThrownBy(() -> kijkwijzers.wijzigen(id, eerste.inhoud(), eerste.version()))
                .as("a stale editor").isInstanceOf(GelijktijdigGewijzigd.class);

        TestdataIngericht.inrichten(context, "versie gebruikt", () -> {
            KijkwijzerVersie versie1 = versies.findById(ongebruikt.getoond().id()).orElseThrow();
            versie1.markeerGebruikt();
            versies.saveAndFlush(versie1);
        });

        List<KijkwijzerInhoud.Domein> domeinen = new ArrayList<>(ongebruikt.inhoud().domeinen());
        domeinen.add(new KijkwijzerInhoud.Domein("Taal in de les", List.of(new KijkwijzerInhoud.Criterium(null,
                "De leerkracht gebruikt en herhaalt de vakwoorden.", null))));
        kijkwijzers.wijzigen(id, new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, "Versie twee", null, domeinen), ongebruikt.version());

        KijkwijzerDetails tweede = kijkwijzers.kijkwijzer(id, null);
        assertThat(tweede.versies()).extracting(KijkwijzerDetails.Versie::nummer).containsExactly(2, 1);
        assertThat(tweede.inhoud().domeinen()).hasSize(6);
        assertThat(tweede.inhoud().domeinen().getFirst().criteria().getFirst().id())
                .as("an unchanged criterion keeps its id").isEqualTo(criterium.id());
        KijkwijzerDetails oud = kijkwijzers.kijkwijzer(id, ongebruikt.getoond().id());
        assertThat(oud.inhoud().domeinen()).hasSize(5);
        assertThat(oud.inhoud().naam()).isEqualTo("Versie één");
    }

    @Test
    void export_and_import_carry_a_kijkwijzer_to_another_school_with_new_ids() {
        Inloggen.als(inlog, "fatima");
        UUID id = kijkwijzers.aanmaken(regenboog(), kijkwijzers.voorbeeld());
        String json = kijkwijzers.exporteren(id);
        assertThat(json).contains("\"formaat\"", KijkwijzerInhoud.FORMAAT).doesNotContain(id.toString());
        Inloggen.als(inlog, "bram");
        UUID kompas = kijkwijzers.plekken().getFirst().schoolId();
        UUID kopie = kijkwijzers.importeren(kompas, json.getBytes(StandardCharsets.UTF_8));
        KijkwijzerDetails geimporteerd = kijkwijzers.kijkwijzer(kopie, null);
        assertThat(geimporteerd.inhoud().aantalCriteria()).isEqualTo(20);
        assertThat(geimporteerd.schoolNaam()).isEqualTo("Kindcentrum Het Kompas");

        assertThatThrownBy(() -> kijkwijzers.importeren(kompas, "{\"naam\": \"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.kijkwijzer-json");
        assertThatThrownBy(() -> kijkwijzers.importeren(kompas, "geen json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.kijkwijzer-json");
        assertThatThrownBy(() -> kijkwijzers.importeren(kompas, new byte[KijkwijzerService.MAX_IMPORT_BYTES + 1]))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.bestand-te-groot");
        String slecht = json.replace("Start van de les", "Start\u202Evan de les");
        assertThatThrownBy(() -> kijkwijzers.importeren(kompas, slecht.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "domeinen");
        assertThatThrownBy(() -> kijkwijzers.aanmaken(kompas, new KijkwijzerInhoud(KijkwijzerInhoud.FORMAAT, "Leeg", null, List.of())))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.kijkwijzer-leeg");
    }

    private static KijkwijzerInhoud hernoemd(KijkwijzerInhoud inhoud, String naam) {
        return new KijkwijzerInhoud(inhoud.formaat(), naam, inhoud.omschrijving(), inhoud.domeinen());
    }
}
