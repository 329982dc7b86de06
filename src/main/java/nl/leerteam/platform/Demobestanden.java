package nl.leerteam.platform;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Small studiedag files for the demonstration board, made when it is first set up (development profile). */
final class Demobestanden {

    private Demobestanden() {
    }

    /** A one-page handout: a title and a few lines. */
    static byte[] pdf(String titel, List<String> regels) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            PDPage pagina = new PDPage(PDRectangle.A4);
            doc.addPage(pagina);
            try (PDPageContentStream inhoud = new PDPageContentStream(doc, pagina)) {
                inhoud.setNonStrokingColor(new Color(0x1e, 0x5a, 0x96));
                inhoud.addRect(0, 760, PDRectangle.A4.getWidth(), 82);
                inhoud.fill();
                inhoud.beginText();
                inhoud.setNonStrokingColor(Color.WHITE);
                inhoud.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 22);
                inhoud.newLineAtOffset(50, 790);
                inhoud.showText(titel);
                inhoud.endText();
                inhoud.beginText();
                inhoud.setNonStrokingColor(Color.DARK_GRAY);
                inhoud.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 13);
                inhoud.newLineAtOffset(50, 710);
                inhoud.setLeading(22);
                for (String regel : regels) {
                    inhoud.showText(regel);
                    inhoud.newLine();
                }
                inhoud.endText();
            }
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pptx(List<String> dias) {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            for (String tekst : dias) {
                XSLFSlide dia = show.createSlide();
                var vak = dia.createTextBox();
                vak.setAnchor(new java.awt.Rectangle(60, 60, 600, 300));
                vak.setText(tekst);
            }
            show.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word document with a reviewer's comment. */
    static byte[] docx(String tekst, String opmerking) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(tekst);
            var c = doc.createComments().createComment(java.math.BigInteger.ONE);
            c.setAuthor("Collega");
            c.createParagraph().createRun().setText(opmerking);
            doc.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A traffic-light poster: three coloured discs (drawn shapes only, so no system font is needed). */
    static byte[] stoplicht() {
        BufferedImage beeld = new BufferedImage(240, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = beeld.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x26, 0x32, 0x38));
        g.fillRect(0, 0, 240, 600);
        Color[] kleuren = {new Color(0xc6, 0x28, 0x28), new Color(0xf9, 0xa8, 0x25), new Color(0x2e, 0x7d, 0x32)};
        for (int i = 0; i < kleuren.length; i++) {
            g.setColor(kleuren[i]);
            g.fillOval(40, 30 + i * 190, 160, 160);
        }
        g.dispose();
        try (ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            ImageIO.write(beeld, "png", uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
