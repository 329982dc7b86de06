package nl.leerteam.trends;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.AuditActie;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The import as the school's KC and director use it: a dry run, then all or nothing; the same file
 * twice changes nothing; a changed value needs "vervangen"; a pupil file leaves only an audit line.
 */
@LeerteamTest
class TrendImportServiceTest {

    private static final String KOP = "schooljaar;meetmoment;afnamedatum;jaargroep;groep;vak;aanbieder;toets;schaal;aantal;"
            + "gem_vaardigheid;n_I;n_II;n_III;n_IV;n_V;toelichting";

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    TrendImportService trends;
    @Autowired
    JdbcTemplate jdbc;

    private UUID kompas;

    @BeforeEach
    void alsKc() {
        Inloggen.als(inlog, "bram");
        kompas = organisatie.mijnOverzicht().scholen().getFirst().school().id();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    /** A file of its own per test: a school year nobody else imports. */
    private static byte[] bestand(int jaar, String... regels) {
        StringBuilder tekst = new StringBuilder(KOP).append('\n');
        for (String regel : regels) {
            tekst.append(regel.replace("JAAR", jaar + "-" + (jaar + 1)).replace("DATUM", (jaar + 1) + "-01-27")).append('\n');
        }
        return tekst.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long opgeslagen(int jaar) {
        return jdbc.queryForObject("select count(*) from toetsresultaat where school_id = ? and schooljaar = ?", Long.class,
                kompas, (short) jaar);
    }

    @Test
    void a_dry_run_stores_nothing_the_import_stores_all_and_the_same_file_twice_changes_nothing() {
        int jaar = 1990;
        byte[] inhoud = bestand(jaar, "JAAR;M;DATUM;6;6A;rekenen-wiskunde;cito;R3 M6;IV;27;212,4;5;6;7;5;4;",
                "JAAR;M;DATUM;5;5A;spelling;cito;S3 M5;IV;24;;4;5;6;5;4;");

        ImportVoorbeeld voorbeeld = trends.voorbeeld(kompas, "m-toetsen.csv", inhoud);
        assertThat(voorbeeld.importeerbaar()).isTrue();
        assertThat(voorbeeld.aantal(ImportVoorbeeld.Status.NIEUW)).isEqualTo(2);
        assertThat(opgeslagen(jaar)).isZero();

        assertThat(trends.importeren(kompas, "m-toetsen.csv", inhoud, false)).isEqualTo(new ImportResultaat(false, 2, 0, 0));
        assertThat(opgeslagen(jaar)).isEqualTo(2);
        assertThat(trends.voorbeeld(kompas, "m-toetsen.csv", inhoud).aantal(ImportVoorbeeld.Status.ONGEWIJZIGD)).isEqualTo(2);
        assertThat(trends.importeren(kompas, "m-toetsen.csv", inhoud, false)).isEqualTo(new ImportResultaat(false, 0, 0, 2));
        assertThat(jdbc.queryForObject("select count(*) from trendimport where school_id = ? and bestandsnaam = 'm-toetsen.csv'",
                Long.class, kompas)).as("the second import did nothing").isEqualTo(1);
    }

    @Test
    void a_changed_value_is_shown_and_replaced_only_when_asked_and_a_file_with_an_error_stores_nothing() {
        int jaar = 1991;
        trends.importeren(kompas, "eerst.csv", bestand(jaar, "JAAR;M;DATUM;6;6A;rekenen-wiskunde;cito;R3 M6;IV;27;212,4;5;6;7;5;4;"), false);
        byte[] gecorrigeerd = bestand(jaar, "JAAR;M;DATUM;6;6A;rekenen-wiskunde;cito;R3 M6;IV;27;213,0;5;6;7;5;4;",
                "JAAR;M;DATUM;4;4A;spelling;cito;S3 M4;IV;20;;4;4;4;4;4;");

        assertThat(trends.voorbeeld(kompas, "tweede.csv", gecorrigeerd).regels()).extracting(ImportVoorbeeld.Regel::status)
                .containsExactly(ImportVoorbeeld.Status.GEWIJZIGD, ImportVoorbeeld.Status.NIEUW);
        assertThatThrownBy(() -> trends.importeren(kompas, "tweede.csv", gecorrigeerd, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("trends.import.vervangen-nodig"));
        assertThat(opgeslagen(jaar)).as("all or nothing: not even the new line").isEqualTo(1);

        assertThat(trends.importeren(kompas, "tweede.csv", gecorrigeerd, true)).isEqualTo(new ImportResultaat(false, 1, 1, 0));
        assertThat(jdbc.queryForObject("select gemiddelde from toetsresultaat where school_id = ? and schooljaar = ? and jaargroep = 6",
                java.math.BigDecimal.class, kompas, (short) jaar)).isEqualByComparingTo("213.0");

        byte[] metFout = bestand(jaar, "JAAR;E;2025-06-01;6;6A;rekenen-wiskunde;cito;R3 E6;IV;27;;5;6;7;5;4;",
                "JAAR;E;DATUM;3;3A;spelling;cito;S3 E3;IV;20;;4;4;4;4;5;");
        assertThatThrownBy(() -> trends.importeren(kompas, "fout.csv", metFout, false))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.berichtKey()).isEqualTo("trends.import.niet-importeerbaar"));
        assertThat(opgeslagen(jaar)).isEqualTo(2);
    }

    @Test
    void a_pupil_file_is_refused_whole_with_an_audit_line_that_holds_nothing_of_it() {
        byte[] leerlingen = "Naam;Groep;Score\nIris Jansen;3;212\nJip Bakker;3;198\n".getBytes(StandardCharsets.UTF_8);
        long voor = jdbc.queryForObject("select count(*) from audit_log where actie = 'GEWEIGERD'", Long.class);

        ImportResultaat resultaat = trends.importeren(kompas, "leerlingen.csv", leerlingen, true);

        assertThat(resultaat.geweigerd()).isTrue();
        List<String> regels = jdbc.queryForList("select coalesce(toelichting, '') || onderwerp from audit_log where actie = ? "
                + "order by id desc limit 1", String.class, AuditActie.GEWEIGERD.name());
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actie = 'GEWEIGERD'", Long.class)).isEqualTo(voor + 1);
        assertThat(regels).singleElement().isEqualTo("LEERLINGGEGEVENSTRENDIMPORT");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where toelichting like '%Iris%' or onderwerp like '%Iris%'",
                Long.class)).isZero();
    }

    @Test
    void only_the_schools_kc_and_director_import_and_nobody_of_another_school_or_board() {
        byte[] inhoud = bestand(1992, "JAAR;M;DATUM;6;6A;rekenen-wiskunde;cito;R3 M6;IV;27;;5;6;7;5;4;");
        Inloggen.als(inlog, "ingrid");
        assertThat(trends.voorbeeld(kompas, "x.csv", inhoud).importeerbaar()).as("Kompas' director").isTrue();
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String persoon : List.of("emma", "fatima", "marieke", "annelies", "b-directeur")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> trends.importeren(kompas, "x.csv", inhoud, false)).as(persoon)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(opgeslagen(1992)).isZero();
    }

    @Test
    void a_file_of_fifty_thousand_lines_is_imported_whole() {
        StringBuilder tekst = new StringBuilder(KOP).append('\n');
        String[] vakken = {"rekenen-wiskunde", "begrijpend-lezen", "technisch-lezen", "spelling"};
        int regels = 0;
        for (int jaar = 2100; regels < 50_000; jaar++) {
            for (String moment : new String[]{"M", "E"}) {
                for (int groep = 3; groep <= 8; groep++) {
                    for (String vak : vakken) {
                        for (int versie = 0; versie < 2 && regels < 50_000; versie++, regels++) {
                            tekst.append(jaar).append('-').append(jaar + 1).append(';').append(moment).append(";;").append(groep)
                                    .append(';').append(groep).append("A;").append(vak).append(";cito;Toets ").append(versie)
                                    .append(";IV;25;;5;5;5;5;5;\n");
                        }
                    }
                }
            }
        }
        long begin = System.nanoTime();
        ImportResultaat resultaat = trends.importeren(kompas, "geschiedenis.csv", tekst.toString().getBytes(StandardCharsets.UTF_8), false);
        long ms = (System.nanoTime() - begin) / 1_000_000;
        assertThat(resultaat.nieuw()).isEqualTo(50_000);
        assertThat(jdbc.queryForObject("select count(*) from toetsresultaat where school_id = ? and schooljaar >= 2100",
                Long.class, kompas)).isEqualTo(50_000);
        System.out.println("trends import of 50,000 lines: " + ms + " ms");
    }

    /** A group overview as a pupil-tracking system exports it to Excel: a groep per row, levels as columns. */
    private static byte[] werkboek(String... rijen) throws java.io.IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook boek = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream uit = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet blad = boek.createSheet("Groepsoverzicht");
            for (int r = 0; r < rijen.length; r++) {
                org.apache.poi.ss.usermodel.Row rij = blad.createRow(r);
                String[] cellen = rijen[r].split(";", -1);
                for (int k = 0; k < cellen.length; k++) {
                    if (r > 0 && cellen[k].matches("\\d+")) {
                        rij.createCell(k).setCellValue(Integer.parseInt(cellen[k]));
                    } else {
                        rij.createCell(k).setCellValue(cellen[k]);
                    }
                }
            }
            boek.write(uit);
            return uit.toByteArray();
        }
    }

    private static Groepsoverzicht.Indeling indeling(String aantal, boolean percentages) {
        return new Groepsoverzicht.Indeling("Groep", aantal, null, List.of("I", "II", "III", "IV", "V"), percentages,
                new nl.leerteam.shared.domain.Schooljaar(2029), Meetmoment.E, null, Vak.SPELLING, Aanbieder.CITO, "Spelling E", Schaal.IV);
    }

    @Test
    void an_excel_group_overview_is_mapped_once_combined_per_jaargroep_and_imported_and_the_mapping_is_remembered() throws Exception {
        byte[] xlsx = werkboek("Groep;Aantal;I;II;III;IV;V", "5A;12;2;3;3;2;2", "5B;13;3;3;3;2;2", "6;24;5;5;5;5;4",
                "Totaal;49;10;11;11;9;8");
        Groepsoverzicht overzicht = trends.groepsoverzicht(kompas, "spelling-e.xlsx", xlsx).orElseThrow();
        assertThat(overzicht.koppen()).containsExactly("Groep", "Aantal", "I", "II", "III", "IV", "V");
        assertThat(overzicht.indeling()).isNull();

        ImportVoorbeeld voorbeeld = trends.voorbeeld(kompas, "spelling-e.xlsx", xlsx, indeling("Aantal", false));
        assertThat(voorbeeld.importeerbaar()).isTrue();
        assertThat(voorbeeld.regels()).extracting(r -> r.resultaat().jaargroep(), r -> r.resultaat().aantal(), r -> r.resultaat().groep())
                .as("5A and 5B are one jaargroep; the total line is left out")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, 25, "5A+5B"), org.assertj.core.groups.Tuple.tuple(6, 24, "6"));
        assertThat(voorbeeld.regels().getFirst().resultaat().niveaus()).containsExactly(5, 6, 6, 4, 4);

        ImportResultaat resultaat = trends.importeren(kompas, "spelling-e.xlsx", xlsx, indeling("Aantal", false), false);
        assertThat(resultaat.nieuw()).isEqualTo(2);
        assertThat(trends.groepsoverzicht(kompas, "volgende.xlsx", xlsx).orElseThrow().indeling())
                .as("remembered for the school's next file").isEqualTo(indeling("Aantal", false));
        assertThat(trends.importeren(kompas, "spelling-e.xlsx", xlsx, indeling("Aantal", false), false).nieuw())
                .as("the same file twice changes nothing").isZero();
    }

    @Test
    void percentages_become_counts_that_add_up_and_a_csv_overview_is_read_like_a_workbook() {
        byte[] csv = "Groep;N;% I;% II;% III;% IV;% V\n7;23;21,7;21,7;17,4;21,7;17,4\n".getBytes(StandardCharsets.UTF_8);
        Groepsoverzicht overzicht = trends.groepsoverzicht(kompas, "lezen.csv", csv).orElseThrow();
        Groepsoverzicht.Indeling metPercentages = new Groepsoverzicht.Indeling("Groep", "N", null,
                List.of("% I", "% II", "% III", "% IV", "% V"), true, new nl.leerteam.shared.domain.Schooljaar(2029), Meetmoment.M, null,
                Vak.BEGRIJPEND_LEZEN, Aanbieder.CITO, "Begrijpend lezen M", Schaal.IV);
        assertThat(overzicht.koppen()).contains("% III");
        ImportVoorbeeld voorbeeld = trends.voorbeeld(kompas, "lezen.csv", csv, metPercentages);
        assertThat(voorbeeld.importeerbaar()).isTrue();
        assertThat(voorbeeld.regels().getFirst().resultaat().niveaus()).containsExactly(5, 5, 4, 5, 4);

        assertThatThrownBy(() -> trends.voorbeeld(kompas, "lezen.csv", csv, new Groepsoverzicht.Indeling("Groep", null, null,
                List.of("% I", "% II", "% III", "% IV", "% V"), true, new nl.leerteam.shared.domain.Schooljaar(2029), Meetmoment.M, null,
                Vak.BEGRIJPEND_LEZEN, Aanbieder.CITO, "Begrijpend lezen M", Schaal.IV)))
                .isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("aantal"));
        assertThat(trends.groepsoverzicht(kompas, "eigen.csv", (KOP + "\n").getBytes(StandardCharsets.UTF_8)))
                .as("Leerteam's own format needs no mapping").isEmpty();
    }

    @Test
    void a_group_overview_with_a_pupil_column_is_refused_whole_and_a_teacher_gets_nothing() throws Exception {
        byte[] leerlingen = werkboek("Leerling;Groep;Niveau", "Daan;5A;III");
        long voor = jdbc.queryForObject("select count(*) from audit_log where actie = 'GEWEIGERD'", Long.class);
        Groepsoverzicht geweigerd = trends.groepsoverzicht(kompas, "leerlingen.xlsx", leerlingen).orElseThrow();
        assertThat(geweigerd.leerlinggegevens()).isTrue();
        assertThat(geweigerd.koppen()).as("nothing of it is shown").isEmpty();
        assertThat(trends.importeren(kompas, "leerlingen.xlsx", leerlingen, indeling(null, false), false).geweigerd()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actie = 'GEWEIGERD'", Long.class)).isEqualTo(voor + 2);
        Inloggen.als(inlog, "emma");
        assertThatThrownBy(() -> trends.groepsoverzicht(kompas, "x.xlsx", werkboek("Groep;I", "5;3")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
