package nl.leerteam.platform.bestand;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Small files made on the spot for the library's tests: ordinary ones and the hostile ones it must refuse. */
public final class Testbestanden {

    private Testbestanden() {
    }

    public static byte[] docx(String tekst, String opmerking, String auteur) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(tekst);
            if (opmerking != null) {
                XWPFComment c = doc.createComments().createComment(BigInteger.ONE);
                c.setAuthor("Lezer");
                c.createParagraph().createRun().setText(opmerking);
            }
            doc.getProperties().getCoreProperties().setCreator(auteur);
            doc.getProperties().getExtendedProperties().getUnderlyingProperties().setCompany("Basisschool De Regenboog");
            doc.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pptx(String diaTekst, String notitie) {
        try (XMLSlideShow dia = new XMLSlideShow(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            XSLFSlide slide = dia.createSlide();
            slide.createTextBox().setText(diaTekst);
            if (notitie != null) {
                XSLFNotes notities = dia.getNotesSlide(slide);
                for (XSLFTextShape vorm : notities.getPlaceholders()) {
                    if (vorm.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                        vorm.setText(notitie);
                    }
                }
            }
            dia.getProperties().getCoreProperties().setCreator("Bram van Dijk");
            dia.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String tekst) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PDPage pagina = new PDPage();
            doc.addPage(pagina);
            try (PDPageContentStream inhoud = new PDPageContentStream(doc, pagina)) {
                inhoud.beginText();
                inhoud.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                inhoud.newLineAtOffset(72, 700);
                inhoud.showText(tekst);
                inhoud.endText();
            }
            doc.getDocumentInformation().setAuthor("Bram van Dijk");
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png(int breedte, int hoogte) {
        BufferedImage beeld = new BufferedImage(breedte, hoogte, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        g.setColor(new Color(0x2b6cb0));
        g.fillRect(0, 0, breedte, hoogte / 2);
        g.dispose();
        return afbeelding(beeld, "png");
    }

    public static byte[] jpeg(int breedte, int hoogte) {
        BufferedImage beeld = new BufferedImage(breedte, hoogte, BufferedImage.TYPE_INT_RGB);
        return afbeelding(beeld, "jpg");
    }

    private static byte[] afbeelding(BufferedImage beeld, String soort) {
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            ImageIO.write(beeld, soort, uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with an EXIF segment naming who took it. */
    public static byte[] jpegMetExif(String artiest) {
        byte[] jpeg = jpeg(40, 30);
        byte[] exif = ("Exif\0\0" + artiest).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(jpeg.length + exif.length + 4);
        b.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif).put(jpeg, 2, jpeg.length - 2);
        return b.array();
    }

    /** A PNG whose header declares {@code breedte} × {@code hoogte} pixels, with almost no picture data. */
    public static byte[] pngDieLiegt(int breedte, int hoogte) {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12 + 12 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(b, "IHDR", ByteBuffer.allocate(13).putInt(breedte).putInt(hoogte).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array());
        chunk(b, "IDAT", new byte[0]);
        chunk(b, "IEND", new byte[0]);
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static void chunk(ByteBuffer b, String soort, byte[] data) {
        b.putInt(data.length).put(soort.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(soort.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt((int) crc.getValue());
    }

    /** A .docx whose one extra part unpacks from a few kilobytes to {@code megabytes} MB of zeros. */
    public static byte[] zipbom(int megabytes) {
        return metOnderdelen(docx("Studiedag", null, "x"), uit -> {
            uit.putNextEntry(new ZipEntry("customXml/item9.xml"));
            byte[] nullen = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                uit.write(nullen);
            }
            uit.closeEntry();
        });
    }

    /** A .docx with {@code extra} more parts than it needs. */
    public static byte[] veleOnderdelen(int extra) {
        return metOnderdelen(docx("Studiedag", null, "x"), uit -> {
            for (int i = 0; i < extra; i++) {
                uit.putNextEntry(new ZipEntry("customXml/leeg" + i + ".xml"));
                uit.write('x');
                uit.closeEntry();
            }
        });
    }

    /** A Word file with macros (a .docm), saved under the name of a .docx. */
    public static byte[] docmAlsDocx() {
        byte[] docx = docx("Studiedag", null, "x");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream uit = new ZipOutputStream(buffer)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] inhoud = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    inhoud = new String(inhoud, StandardCharsets.UTF_8).replace(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            "application/vnd.ms-word.document.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8);
                }
                uit.putNextEntry(new ZipEntry(e.getName()));
                uit.write(inhoud);
                uit.closeEntry();
            }
            uit.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            uit.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            uit.closeEntry();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return buffer.toByteArray();
    }

    /** A PDF with a zip appended: a PDF reader and a zip reader both open it. */
    public static byte[] pdfZipPolyglot() {
        byte[] pdf = pdf("Studiedag");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream uit = new ZipOutputStream(zip)) {
            uit.putNextEntry(new ZipEntry("index.html"));
            uit.write("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
            uit.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] samen = java.util.Arrays.copyOf(pdf, pdf.length + zip.size());
        System.arraycopy(zip.toByteArray(), 0, samen, pdf.length, zip.size());
        return samen;
    }

    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    private interface Schrijver {
        void schrijf(ZipOutputStream uit) throws IOException;
    }

    private static byte[] metOnderdelen(byte[] zip, Schrijver extra) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream uit = new ZipOutputStream(buffer)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                uit.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(uit);
                uit.closeEntry();
            }
            extra.schrijf(uit);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return buffer.toByteArray();
    }
}
