package nl.leerteam.trends;

import nl.leerteam.privacy.PrivacyGuard;
import nl.leerteam.trends.ImportVoorbeeld.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import cases of real files from Dutch machines, each as a test of its own. */
class TrendbestandLezerTest {

    private static final String KOP = "schooljaar;meetmoment;afnamedatum;jaargroep;groep;vak;aanbieder;toets;schaal;aantal;"
            + "gem_vaardigheid;n_I;n_II;n_III;n_IV;n_V;n_onder1F;n_1F;n_1S2F;toelichting";
    private static final String REKENEN = "2025-2026;M;2026-01-27;6;6A;rekenen-wiskunde;cito;Rekenen-Wiskunde 3.0 M6;IV;27;212,4;5;6;7;5;4;;;;";
    private static final String LEZEN = "2025-2026;M;2026-01-28;3;3/4;begrijpend-lezen;iep;Lezen;REF;12;;;;;;;2;7;3;";

    private final TrendbestandLezer lezer = new TrendbestandLezer(new PrivacyGuard());

    private TrendbestandLezer.Gelezen lees(String tekst, Charset tekenset) {
        return lezer.lees(tekst.getBytes(tekenset));
    }

    private TrendbestandLezer.Gelezen lees(String... regels) {
        return lees(String.join("\r\n", regels) + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void our_own_format_with_a_bom_semicolons_and_a_decimal_comma_is_read_as_it_is_documented() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] tekst = String.join("\n", KOP, REKENEN, LEZEN).getBytes(StandardCharsets.UTF_8);
        byte[] bestand = new byte[bom.length + tekst.length];
        System.arraycopy(bom, 0, bestand, 0, 3);
        System.arraycopy(tekst, 0, bestand, 3, tekst.length);

        TrendbestandLezer.Gelezen gelezen = lezer.lees(bestand);

        assertThat(gelezen.gelezenAls()).isEqualTo(new ImportVoorbeeld.Gelezen("UTF-8 (BOM)", ";", true));
        assertThat(gelezen.regels()).extracting(ImportVoorbeeld.Regel::status).containsExactly(Status.NIEUW, Status.NIEUW);
        Toetsresultaat rekenen = gelezen.regels().get(0).resultaat();
        assertThat(rekenen.schooljaar()).hasToString("2025-2026");
        assertThat(rekenen.vak()).isEqualTo(Vak.REKENEN_WISKUNDE);
        assertThat(rekenen.gemiddelde()).isEqualByComparingTo(new BigDecimal("212.4"));
        assertThat(rekenen.niveaus()).containsExactly(5, 6, 7, 5, 4);
        assertThat(rekenen.afnamedatum()).isEqualTo(LocalDate.of(2026, 1, 27));
        Toetsresultaat lezen = gelezen.regels().get(1).resultaat();
        assertThat(lezen.schaal()).isEqualTo(Schaal.REF);
        assertThat(lezen.niveaus()).containsExactly(2, 7, 3);
        assertThat(lezen.groep()).isEqualTo("3/4");
    }

    @Test
    void windows_1252_is_read_with_a_warning_and_utf_8_read_as_1252_and_saved_again_is_refused() {
        String regel = REKENEN.replace(";;;;", ";;;;Twee nieuwe leerlingen, één uit Zeeën");
        TrendbestandLezer.Gelezen ansi = lees(KOP + "\r\n" + regel + "\r\n", Charset.forName("windows-1252"));
        assertThat(ansi.gelezenAls().tekenset()).isEqualTo("Windows-1252");
        assertThat(ansi.bestand()).extracting(ImportMelding::key).containsExactly("trends.import.gelezen-als-1252");
        assertThat(ansi.regels().getFirst().resultaat().toelichting()).endsWith("één uit Zeeën");

        String verminkt = new String((KOP + "\n" + regel).getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        TrendbestandLezer.Gelezen mojibake = lees(verminkt, StandardCharsets.UTF_8);
        assertThat(mojibake.bestand()).extracting(ImportMelding::key).containsExactly("trends.import.mojibake");
        assertThat(mojibake.regels()).isEmpty();
    }

    @Test
    void commas_and_tabs_are_sniffed_and_a_quoted_decimal_comma_reads_like_a_dot() {
        String komma = String.join("\n", KOP.replace(';', ','),
                "2025-2026,M,2026-01-27,6,6A,rekenen-wiskunde,cito,R3 M6,IV,27,\"212,4\",5,6,7,5,4,,,,",
                "2025-2026,E,2026-06-10,6,6A,rekenen-wiskunde,cito,R3 E6,IV,27,215.1,5,6,7,5,4,,,,");
        TrendbestandLezer.Gelezen gelezen = lees(komma, StandardCharsets.UTF_8);
        assertThat(gelezen.gelezenAls().scheiding()).isEqualTo(",");
        assertThat(gelezen.regels()).extracting(r -> r.resultaat().gemiddelde())
                .containsExactly(new BigDecimal("212.40"), new BigDecimal("215.10"));

        TrendbestandLezer.Gelezen tab = lees(String.join("\n", KOP.replace(';', '\t'), REKENEN.replace(';', '\t')), StandardCharsets.UTF_8);
        assertThat(tab.gelezenAls().scheiding()).isEqualTo("tab");
        assertThat(tab.regels().getFirst().status()).isEqualTo(Status.NIEUW);

        assertThat(lees("a;b,c\n1;2,3", StandardCharsets.UTF_8).bestand()).extracting(ImportMelding::key)
                .containsExactly("trends.import.scheiding-onduidelijk");
    }

    @Test
    void a_combination_group_that_excel_made_a_date_is_read_back_with_a_warning() {
        TrendbestandLezer.Gelezen gelezen = lees(KOP, LEZEN.replace(";3/4;", ";3-apr;"), LEZEN.replace(";3/4;", ";03-04;")
                .replace("2026-01-28;3;", "2026-01-28;4;"), LEZEN.replace(";3/4;", ";46115;").replace("2026-01-28;3;", "2026-01-28;5;"),
                LEZEN.replace(";3/4;", ";2026-04-03;").replace("2026-01-28;3;", "2026-01-28;6;"));
        assertThat(gelezen.regels()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.NIEUW);
            assertThat(r.meldingen()).extracting(ImportMelding::key).contains("trends.import.groep-uit-datum");
        });
        assertThat(gelezen.regels()).extracting(r -> r.resultaat().groep()).containsExactly("3/4", "3/4", "3/4", "3/4");
        assertThat(lees(KOP, LEZEN).regels().getFirst().meldingen()).as("a plain 3/4 is the label itself").isEmpty();

        TrendbestandLezer.Gelezen zonderJaargroep = lees(KOP, LEZEN.replace("2026-01-28;3;", "2026-01-28;;"));
        assertThat(zonderJaargroep.regels().getFirst().meldingen()).extracting(ImportMelding::key)
                .containsExactly("trends.import.combinatiegroep");
    }

    @Test
    void a_missing_moment_is_derived_from_the_date_with_a_warning_and_without_either_the_line_is_refused() {
        TrendbestandLezer.Gelezen gelezen = lees(KOP, REKENEN.replace(";M;", ";;"), REKENEN.replace(";M;2026-01-27;", ";;2025-09-15;")
                .replace(";6;6A;", ";7;7A;"), REKENEN.replace(";M;2026-01-27;", ";;;").replace(";6;6A;", ";8;8A;"),
                REKENEN.replace(";M;2026-01-27;", ";E;2026-01-27;").replace(";6;6A;", ";5;5A;"));
        assertThat(gelezen.regels().get(0).resultaat().meetmoment()).isEqualTo(Meetmoment.M);
        assertThat(gelezen.regels().get(0).meldingen()).extracting(ImportMelding::key).containsExactly("trends.import.moment-afgeleid");
        assertThat(gelezen.regels().get(1).resultaat().meetmoment()).isEqualTo(Meetmoment.B);
        assertThat(gelezen.regels().get(2).status()).isEqualTo(Status.FOUT);
        assertThat(gelezen.regels().get(2).meldingen()).extracting(ImportMelding::key).containsExactly("trends.import.geen-moment");
        assertThat(gelezen.regels().get(3).meldingen()).extracting(ImportMelding::key).containsExactly("trends.import.moment-past-niet");
    }

    @Test
    void two_lines_about_the_same_result_name_each_other_and_the_sum_must_match_the_count() {
        TrendbestandLezer.Gelezen dubbel = lees(KOP, REKENEN, LEZEN, REKENEN.replace(";212,4;", ";213,0;"));
        assertThat(dubbel.regels().get(2).status()).isEqualTo(Status.FOUT);
        assertThat(dubbel.regels().get(2).meldingen()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("trends.import.dubbel");
            assertThat(m.params()).containsExactly("2", "4");
        });

        TrendbestandLezer.Gelezen som = lees(KOP, REKENEN.replace(";27;212,4;", ";26;212,4;"));
        assertThat(som.regels().getFirst().meldingen()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("trends.import.som");
            assertThat(m.params()).containsExactly("27", "26");
        });
    }

    @Test
    void a_line_with_levels_of_two_scales_or_a_date_outside_its_school_year_is_refused_with_its_column() {
        TrendbestandLezer.Gelezen gelezen = lees(KOP, REKENEN.replace(";;;;", ";;3;;"),
                REKENEN.replace("2026-01-27", "2026-09-01").replace(";6;6A;", ";7;7A;"),
                REKENEN.replace(";27;", ";1.027;").replace(";6;6A;", ";8;8A;"));
        assertThat(gelezen.regels()).extracting(ImportVoorbeeld.Regel::status).containsOnly(Status.FOUT);
        assertThat(gelezen.regels().get(0).meldingen()).extracting(ImportMelding::key).contains("trends.import.een-schaal");
        assertThat(gelezen.regels().get(1).meldingen()).extracting(ImportMelding::kolom, ImportMelding::key)
                .contains(org.assertj.core.groups.Tuple.tuple("afnamedatum", "trends.import.datum-buiten-schooljaar"));
        assertThat(gelezen.regels().get(2).meldingen()).extracting(ImportMelding::key).contains("trends.import.aantal");
    }

    @Test
    void a_pupil_level_file_is_refused_whole_and_not_one_of_its_rows_is_read() {
        TrendbestandLezer.Gelezen gelezen = lees("Naam;Geboortedatum;Groep;Vaardigheidsscore", "Iris de Vries;12-03-2017;3;212",
                "Jip Bakker;01-05-2017;3;198");
        assertThat(gelezen.leerlinggegevens()).isTrue();
        assertThat(gelezen.regels()).isEmpty();
        assertThat(gelezen.bestand()).extracting(ImportMelding::key).containsExactly("trends.import.leerlinggegevens");

        TrendbestandLezer.Gelezen eenPerRegel = lees(KOP, REKENEN.replace(";27;212,4;5;6;7;5;4;", ";1;212,4;0;0;1;0;0;"),
                LEZEN.replace(";12;;;;;;;2;7;3;", ";1;;;;;;;0;1;0;"));
        assertThat(eenPerRegel.leerlinggegevens()).as("every row holds one pupil").isTrue();
    }

    @Test
    void a_note_that_names_a_pupil_is_refused_by_the_privacy_guard() {
        TrendbestandLezer.Gelezen gelezen = lees(KOP, REKENEN.replace(";;;;", ";;;;Bel moeder op 06-12345678"));
        assertThat(gelezen.regels().getFirst().meldingen()).extracting(ImportMelding::key).containsExactly("trends.import.privacy");
    }

    @Test
    void missing_columns_are_named() {
        assertThat(lees("schooljaar;vak;aantal", "2025-2026;spelling;20").bestand()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("trends.import.kolommen-ontbreken");
            assertThat(m.params()).containsExactly("jaargroep, aanbieder, toets, schaal");
        });
    }

    @Test
    void a_scale_change_is_two_results_never_one() {
        String kop = "schooljaar;meetmoment;afnamedatum;jaargroep;vak;aanbieder;toets;schaal;aantal;I;II;III;IV;V;A;B;C;D;E";
        TrendbestandLezer.Gelezen gelezen = lees(kop,
                "2021-2022;E;2022-06-10;5;spelling;cito;Spelling 3.0 E5;AE;24;;;;;;6;6;6;4;2",
                "2022-2023;E;2023-06-09;5;spelling;cito;Spelling 3.0 E5;IV;25;5;5;5;5;5;;;;;");
        assertThat(gelezen.regels()).extracting(r -> r.resultaat().schaal()).containsExactly(Schaal.AE, Schaal.IV);
        assertThat(gelezen.regels()).extracting(ImportVoorbeeld.Regel::status).containsOnly(Status.NIEUW);
        assertThat(List.of(gelezen.regels().get(0).resultaat().sleutel(), gelezen.regels().get(1).resultaat().sleutel()))
                .doesNotHaveDuplicates();
    }
}
