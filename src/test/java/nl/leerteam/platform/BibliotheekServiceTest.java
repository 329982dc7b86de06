package nl.leerteam.platform;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.platform.bestand.Testbestanden;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class BibliotheekServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    BibliotheekService bibliotheek;
    @Autowired
    BibliotheekProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    private UUID kompas;

    @BeforeEach
    void kompas() {
        Inloggen.als(inlog, "emma");
        kompas = bibliotheek.uploadScholen().keySet().iterator().next();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private Path tijdelijk(byte[] inhoud) throws IOException {
        return Files.write(Files.createTempFile(bibliotheek.tijdelijkeMap(), "test-", ".tmp"), inhoud);
    }

    private static BestandInvoer invoer(String titel) {
        return new BestandInvoer(titel, "Wat we op de studiedag lieten zien.", List.of(), "Studiedag rekenen", null);
    }

    private UUID toevoegen(String titel, byte[] inhoud, String naam) throws IOException {
        return bibliotheek.toevoegen(kompas, invoer(titel), tijdelijk(inhoud), naam, false);
    }

    private List<UUID> zichtbaar() {
        return bibliotheek.bestanden().stream().map(Bibliotheek.Samenvatting::id).toList();
    }

    @Test
    void a_file_is_its_schools_until_a_kc_of_the_school_approves_it_and_a_new_version_takes_it_back_until_approved_again()
            throws IOException {
        UUID id = toevoegen("Getallenlijn", Testbestanden.pdf("Rekenen met de getallenlijn"), "getallenlijn.pdf");
        Inloggen.als(inlog, "ruben");
        assertThat(zichtbaar()).as("the school reads it at once").contains(id);
        Inloggen.als(inlog, "sanne");
        assertThat(zichtbaar()).as("another school of the board does not").doesNotContain(id);
        assertThatThrownBy(() -> bibliotheek.download(id)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> bibliotheek.goedkeuren(id, 1, false, 0)).as("a KC of another school does not approve")
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "ruben");
        assertThatThrownBy(() -> bibliotheek.goedkeuren(id, 1, false, 0)).as("a teacher does not approve")
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "bram");
        Bibliotheek.Details details = bibliotheek.bestand(id);
        assertThat(details.mag().goedkeuren()).isTrue();
        bibliotheek.goedkeuren(id, 1, false, details.version());
        Inloggen.als(inlog, "sanne");
        assertThat(zichtbaar()).contains(id);
        Bibliotheek.Download download = bibliotheek.download(id);
        assertThat(download.naam()).isEqualTo("getallenlijn.pdf");
        assertThat(download.mime()).isEqualTo("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(download.pad().toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).as("the board's copy has no author").isNull();
        }
        assertThat(bibliotheek.bestand(id).versies()).as("the board sees the current version only").hasSize(1);
        Inloggen.als(inlog, "annelies");
        assertThat(zichtbaar()).as("board staff read the approved library").contains(id);

        Inloggen.als(inlog, "emma");
        bibliotheek.nieuweVersie(id, tijdelijk(Testbestanden.pdf("Rekenen, tweede versie")), "getallenlijn-2.pdf",
                bibliotheek.bestand(id).version());
        assertThat(bibliotheek.bestand(id).versies()).extracting(Bibliotheek.Versie::nummer).containsExactly(2, 1);
        Inloggen.als(inlog, "sanne");
        assertThat(zichtbaar()).as("a new version resets the approval").doesNotContain(id);
        Inloggen.als(inlog, "emma");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bibliotheek.download(id).pad().toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).as("the school gets the file as it was put in").isEqualTo("Bram van Dijk");
        }
    }

    @Test
    void a_pupils_name_in_a_comment_or_in_speaker_notes_keeps_the_file_in_its_school_until_the_kc_confirms_it() throws Exception {
        UUID docx = toevoegen("Feedbackrondes", Testbestanden.docx("Feedback in drie rondes", "Noah Bakker deed niet mee", "Emma Kok"),
                "feedback.docx");
        UUID pptx = toevoegen("Dia's feedback", Testbestanden.pptx("Feedback geven", "Vertel hier over Noah Bakker uit groep 6"),
                "dias.pptx");
        assertThat(bibliotheek.bestand(docx).bevindingen()).containsEntry("opmerkingen", List.of("NAME"));
        assertThat(bibliotheek.bestand(pptx).bevindingen().get("notities")).contains("NAME");
        Inloggen.als(inlog, "bram");
        Bibliotheek.Details details = bibliotheek.bestand(docx);
        assertThat(details.mag().bevestigen()).isTrue();
        assertThatThrownBy(() -> bibliotheek.goedkeuren(docx, 1, false, details.version())).isInstanceOf(InvoerFout.class)
                .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo("bibliotheek.fout.bevestigen"));
        bibliotheek.goedkeuren(docx, 1, true, details.version());
        Inloggen.als(inlog, "sanne");
        assertThat(bibliotheek.bestand(docx).bevindingen()).as("what was found is told to the school only").isEmpty();
        try (OPCPackage p = OPCPackage.open(bibliotheek.download(docx).pad().toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(p)) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).as("author cleared in the board's copy").isNullOrEmpty();
            assertThat(doc.getProperties().getExtendedProperties().getCompany()).isNullOrEmpty();
        }
    }

    @Test
    void a_name_in_the_file_name_is_a_finding_and_the_name_shown_has_no_folders_or_direction_override() throws IOException {
        UUID id = toevoegen("Plan", Testbestanden.pdf("Plan van aanpak"), "../../Noah Bakker \u202Efdp.exe");
        Bibliotheek.Details details = bibliotheek.bestand(id);
        assertThat(details.huidig().bestandsnaam()).isEqualTo("Noah Bakker fdp.pdf");
        assertThat(details.bevindingen()).containsKey("bestandsnaam");
    }

    @Test
    void hostile_files_are_refused_with_a_reason_and_leave_no_row_and_no_file_behind() throws IOException {
        Map<String, byte[]> vijandig = Map.of(
                "bibliotheek.fout.zipbom", Testbestanden.zipbom(40),
                "bibliotheek.fout.te-veel-onderdelen", Testbestanden.veleOnderdelen(1_000),
                "bibliotheek.fout.macro", Testbestanden.docmAlsDocx(),
                "bibliotheek.fout.soort", Testbestanden.html(),
                "bibliotheek.fout.dubbelzinnig", Testbestanden.pdfZipPolyglot(),
                "bibliotheek.fout.te-veel-pixels", Testbestanden.pngDieLiegt(30_000, 30_000));
        Integer voor = jdbc.queryForObject("select count(*) from studiedag_bestand", Integer.class);
        long bestandenVoor = opgeslagen();
        for (var geval : vijandig.entrySet()) {
            Path tijdelijk = tijdelijk(geval.getValue());
            assertThatThrownBy(() -> bibliotheek.toevoegen(kompas, invoer("Vijandig"), tijdelijk, "studiedag.docx", false))
                    .as(geval.getKey()).isInstanceOf(InvoerFout.class)
                    .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo(geval.getKey()));
            assertThat(tijdelijk).as("the temporary file is gone").doesNotExist();
        }
        assertThat(jdbc.queryForObject("select count(*) from studiedag_bestand", Integer.class)).isEqualTo(voor);
        assertThat(opgeslagen()).as("nothing half-stored").isEqualTo(bestandenVoor);
    }

    @Test
    void a_path_outside_the_librarys_own_folder_is_never_read() throws IOException {
        Path elders = Files.createTempFile("elders", ".pdf");
        Files.write(elders, Testbestanden.pdf("Elders"));
        assertThatThrownBy(() -> bibliotheek.controleer(kompas, elders, "x.pdf")).isInstanceOf(AccessDeniedException.class);
        Files.deleteIfExists(elders);
    }

    @Test
    void nothing_of_the_library_is_visible_in_another_board_nor_can_anyone_add_for_a_school_not_theirs() throws IOException {
        UUID id = toevoegen("Leesbevordering", Testbestanden.png(300, 200), "poster.png");
        assertThat(bibliotheek.bestand(id).bevindingen()).as("an image has no text to check: the KC looks at it")
                .containsEntry("tekst", List.of(BibliotheekService.ZONDER_TEKST));
        Inloggen.als(inlog, "bram");
        assertThatThrownBy(() -> bibliotheek.goedkeuren(id, 1, false, bibliotheek.bestand(id).version()))
                .isInstanceOf(InvoerFout.class);
        bibliotheek.goedkeuren(id, 1, true, bibliotheek.bestand(id).version());
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String ander : List.of("b-bestuur", "b-directeur", "b-leerkracht")) {
            Inloggen.als(inlog, ander);
            assertThat(zichtbaar()).as(ander).doesNotContain(id);
            assertThatThrownBy(() -> bibliotheek.bestand(id)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bibliotheek.download(id)).as(ander).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> bibliotheek.voorbeeld(id)).as(ander).isInstanceOf(AccessDeniedException.class);
            Path tijdelijk = tijdelijk(Testbestanden.pdf("x"));
            assertThatThrownBy(() -> bibliotheek.toevoegen(kompas, invoer("x"), tijdelijk, "x.pdf", false)).as(ander)
                    .isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "sanne");
        assertThat(bibliotheek.voorbeeld(id)).as("an image has a preview").isPresent();
        assertThatThrownBy(() -> bibliotheek.wijzigen(id, invoer("Anders"), 0, false)).as("another school reads, does not change")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_title_naming_a_pupil_is_a_privacy_warning_and_the_file_waits_for_the_confirmed_save() throws IOException {
        Path tijdelijk = tijdelijk(Testbestanden.pdf("Plan"));
        assertThatThrownBy(() -> bibliotheek.toevoegen(kompas, invoer("Plan voor Noah Bakker"), tijdelijk, "plan.pdf", false))
                .isInstanceOf(PrivacyBezwaar.class);
        assertThat(tijdelijk).as("kept for the confirmed save").exists();
        UUID id = bibliotheek.toevoegen(kompas, invoer("Plan voor Noah Bakker"), tijdelijk, "plan.pdf", true);
        assertThat(bibliotheek.bestand(id).invoer().titel()).isEqualTo("Plan voor Noah Bakker");
    }

    private long opgeslagen() throws IOException {
        Path wortel = properties.map();
        if (!Files.exists(wortel)) {
            return 0;
        }
        try (Stream<Path> alles = Files.walk(wortel)) {
            return alles.filter(Files::isRegularFile).filter(p -> p.getParent().getFileName().toString().startsWith("bestuur-")).count();
        }
    }
}
