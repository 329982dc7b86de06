package nl.leerteam.platform.bestand;

import nl.leerteam.shared.domain.InvoerFout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library's file checks on their own, with the hostile files of issue 14 and ordinary ones. */
class BestandscontroleTest {

    @TempDir
    Path map;

    private final Bestandscontrole controle = new Bestandscontrole();

    private Path bestand(byte[] inhoud) throws IOException {
        return Files.write(Files.createTempFile(map, "t", ".bin"), inhoud);
    }

    private Bestandscontrole.Uitkomst controleer(byte[] inhoud) throws IOException {
        return controle.controleer(bestand(inhoud));
    }

    private void geweigerd(byte[] inhoud, String reden) {
        assertThatThrownBy(() -> controleer(inhoud)).isInstanceOf(InvoerFout.class)
                .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isEqualTo(reden));
    }

    @Test
    void the_five_allowed_kinds_are_told_by_their_content_and_say_what_they_hold_per_part() throws IOException {
        Bestandscontrole.Uitkomst word = controleer(Testbestanden.docx("Directe instructie in drie stappen", "Noah Bakker deed niet mee",
                "Bram van Dijk"));
        assertThat(word.soort()).isEqualTo(Bestandssoort.DOCX);
        assertThat(word.teksten().get("tekst")).contains("Directe instructie");
        assertThat(word.teksten().get("opmerkingen")).as("a comment is read too").contains("Noah Bakker");
        Bestandscontrole.Uitkomst dia = controleer(Testbestanden.pptx("Feedback geven", "Vertel over Noah Bakker uit groep 6"));
        assertThat(dia.soort()).isEqualTo(Bestandssoort.PPTX);
        assertThat(dia.teksten().get("tekst")).contains("Feedback geven").doesNotContain("Noah");
        assertThat(dia.teksten().get("notities")).as("speaker notes are read").contains("Noah Bakker");
        Bestandscontrole.Uitkomst pdf = controleer(Testbestanden.pdf("Rekenen met de getallenlijn"));
        assertThat(pdf.soort()).isEqualTo(Bestandssoort.PDF);
        assertThat(pdf.teksten().get("tekst")).contains("getallenlijn");
        assertThat(controleer(Testbestanden.png(300, 200))).satisfies(u -> {
            assertThat(u.soort()).isEqualTo(Bestandssoort.PNG);
            assertThat(u.breedte()).isEqualTo(300);
        });
        assertThat(controleer(Testbestanden.jpeg(64, 48)).soort()).isEqualTo(Bestandssoort.JPEG);
    }

    @Test
    void a_zip_bomb_docx_is_refused_before_anything_parses_it() {
        byte[] bom = Testbestanden.zipbom(40);
        assertThat(bom.length).as("a small file that unpacks to 40 MB").isLessThan(200_000);
        geweigerd(bom, "bibliotheek.fout.zipbom");
    }

    @Test
    void a_docx_of_more_than_a_thousand_parts_is_refused() {
        geweigerd(Testbestanden.veleOnderdelen(1_000), "bibliotheek.fout.te-veel-onderdelen");
    }

    @Test
    void a_docm_renamed_docx_is_refused_for_its_macros() {
        geweigerd(Testbestanden.docmAlsDocx(), "bibliotheek.fout.macro");
    }

    @Test
    void html_named_png_and_other_kinds_are_refused_whatever_their_name() {
        geweigerd(Testbestanden.html(), "bibliotheek.fout.soort");
        geweigerd("Gewoon een tekstbestand".getBytes(StandardCharsets.UTF_8), "bibliotheek.fout.soort");
        geweigerd("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8),
                "bibliotheek.fout.soort");
    }

    @Test
    void a_pdf_that_is_also_a_zip_is_refused() {
        geweigerd(Testbestanden.pdfZipPolyglot(), "bibliotheek.fout.dubbelzinnig");
    }

    @Test
    void a_png_declaring_thirty_thousand_pixels_a_side_is_refused_without_being_decoded() {
        geweigerd(Testbestanden.pngDieLiegt(30_000, 30_000), "bibliotheek.fout.te-veel-pixels");
    }

    @Test
    void an_encrypted_pdf_is_refused() throws IOException {
        byte[] pdf;
        try (PDDocument doc = Loader.loadPDF(Testbestanden.pdf("Geheim"))) {
            var beleid = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("eigenaar", "lezer",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            doc.protect(beleid);
            var uit = new java.io.ByteArrayOutputStream();
            doc.save(uit);
            pdf = uit.toByteArray();
        }
        geweigerd(pdf, "bibliotheek.fout.versleuteld");
    }

    @Test
    void the_upload_stops_at_the_cap_whatever_the_browser_said_and_leaves_nothing_behind() throws IOException {
        InputStream groot = new InputStream() {
            long over = 3 * 1024 * 1024;

            @Override
            public int read() {
                return over-- > 0 ? 'x' : -1;
            }
        };
        Path tijdelijk = Files.createDirectories(map.resolve("tijdelijk"));
        assertThatThrownBy(() -> BegrensdOntvangen.naarTijdelijkBestand(groot, 2 * 1024 * 1024, tijdelijk))
                .isInstanceOf(BegrensdOntvangen.TeGroot.class);
        try (var rest = Files.list(tijdelijk)) {
            assertThat(rest).as("the partial file is deleted").isEmpty();
        }
        Path klein = BegrensdOntvangen.naarTijdelijkBestand(new ByteArrayInputStream(new byte[1000]), 2 * 1024 * 1024, tijdelijk);
        assertThat(Files.size(klein)).isEqualTo(1000);
    }

    @Test
    void a_name_with_folders_or_a_direction_override_is_shown_plainly_with_the_extension_of_what_the_file_is() {
        assertThat(Bestandsnaam.veilig("../../etc/passwd", Bestandssoort.PDF)).isEqualTo("passwd.pdf");
        assertThat(Bestandsnaam.veilig("rapport\u202Efdp.exe", Bestandssoort.PDF)).isEqualTo("rapportfdp.pdf");
        assertThat(Bestandsnaam.veilig("C:\\Users\\juf\\plan\r\n.docx", Bestandssoort.DOCX)).isEqualTo("plan.docx");
        assertThat(Bestandsnaam.veilig("foto.png", Bestandssoort.JPEG)).as("the content decides").isEqualTo("foto.jpg");
        assertThat(Bestandsnaam.veilig("a".repeat(300) + ".pdf", Bestandssoort.PDF)).hasSize(Bestandsnaam.MAXIMAAL);
        assertThat(Bestandsnaam.veilig("...", Bestandssoort.PNG)).isEqualTo("bestand.png");
    }

    @Test
    void the_shared_copy_has_no_author_company_or_exif_and_the_same_content() throws Exception {
        Path docx = bestand(Testbestanden.docx("Directe instructie", null, "Bram van Dijk"));
        Path schoon = map.resolve("schoon.docx");
        Opschoning.gedeeldeKopie(docx, Bestandssoort.DOCX, schoon);
        try (OPCPackage p = OPCPackage.open(schoon.toFile(), PackageAccess.READ); XWPFDocument doc = new XWPFDocument(p)) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isNullOrEmpty();
            assertThat(doc.getProperties().getExtendedProperties().getCompany()).isNullOrEmpty();
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("Directe instructie");
        }
        Path pdf = bestand(Testbestanden.pdf("Rekenen"));
        Path schonePdf = map.resolve("schoon.pdf");
        Opschoning.gedeeldeKopie(pdf, Bestandssoort.PDF, schonePdf);
        try (PDDocument doc = Loader.loadPDF(schonePdf.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
        }
        byte[] metExif = Testbestanden.jpegMetExif("Fotograaf Jansen");
        assertThat(new String(metExif, StandardCharsets.ISO_8859_1)).contains("Fotograaf Jansen");
        Path jpeg = bestand(metExif);
        Path schoneJpeg = map.resolve("schoon.jpg");
        Opschoning.gedeeldeKopie(jpeg, Bestandssoort.JPEG, schoneJpeg);
        assertThat(new String(Files.readAllBytes(schoneJpeg), StandardCharsets.ISO_8859_1)).doesNotContain("Fotograaf");
        assertThat(ImageIO.read(schoneJpeg.toFile()).getWidth()).isEqualTo(40);
        Path png = bestand(Testbestanden.png(30, 20));
        Path schonePng = map.resolve("schoon.png");
        Opschoning.gedeeldeKopie(png, Bestandssoort.PNG, schonePng);
        assertThat(ImageIO.read(schonePng.toFile()).getHeight()).isEqualTo(20);
    }

    @Test
    void previews_are_small_pictures_of_the_first_page_or_the_image_and_none_for_office_files() throws IOException {
        try (Voorbeeldmaker maker = new Voorbeeldmaker(10)) {
            byte[] pdf = maker.voorbeeld(bestand(Testbestanden.pdf("Rekenen")), Bestandssoort.PDF).orElseThrow();
            assertThat(Math.max(ImageIO.read(new ByteArrayInputStream(pdf)).getWidth(), ImageIO.read(new ByteArrayInputStream(pdf))
                    .getHeight())).isEqualTo(Voorbeeldmaker.MAXIMAAL);
            byte[] foto = maker.voorbeeld(bestand(Testbestanden.png(2000, 1000)), Bestandssoort.PNG).orElseThrow();
            assertThat(ImageIO.read(new ByteArrayInputStream(foto)).getWidth()).as("read at every n-th pixel, never larger")
                    .isBetween(Voorbeeldmaker.MAXIMAAL / 2, Voorbeeldmaker.MAXIMAAL);
            assertThat(maker.voorbeeld(bestand(Testbestanden.docx("x", null, "y")), Bestandssoort.DOCX)).isEmpty();
        }
    }
}
