package nl.leerteam.shared.pdf;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A plain report on A4 for people to keep or print (a case, a classroom visit): a title, headings, labelled
 * texts and lists, in an embedded Unicode font so names such as Ayşe print. One report per instance.
 */
public final class PdfVerslag {

    // The standard PDF fonts cannot print names such as Ayşe or Çelik.
    public static final BaseFont GEWOON = font("liberation/LiberationSans-Regular.ttf");
    public static final BaseFont VET = font("liberation/LiberationSans-Bold.ttf");

    private final Font titel = new Font(VET, 18);
    private final Font kop = new Font(VET, 13);
    private final Font vet = new Font(VET, 11);
    private final Font gewoon = new Font(GEWOON, 11);
    private final Font klein = new Font(GEWOON, 9);
    private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 56, 56, 56, 56);

    public PdfVerslag(String titelTekst) {
        PdfWriter.getInstance(document, uit);
        document.addTitle(titelTekst);
        document.addCreator("Leerteam");
        document.open();
        document.add(new Paragraph(titelTekst, titel));
    }

    private static BaseFont font(String resource) {
        try {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PdfVerslag regel(String tekst) {
        document.add(new Paragraph(tekst, gewoon));
        return this;
    }

    public PdfVerslag kop(String tekst) {
        Paragraph p = new Paragraph(tekst, kop);
        p.setSpacingBefore(14);
        p.setSpacingAfter(4);
        document.add(p);
        return this;
    }

    /** A label and its text; left out when there is no text, so an unfilled field is not printed as empty. */
    public PdfVerslag veld(String label, String tekst) {
        if (tekst != null && !tekst.isBlank()) {
            Paragraph p = new Paragraph(label, vet);
            p.setSpacingBefore(6);
            document.add(p);
            document.add(new Paragraph(tekst, gewoon));
        }
        return this;
    }

    public PdfVerslag lijst(java.util.List<String> regels) {
        if (!regels.isEmpty()) {
            List lijst = new List(List.UNORDERED);
            lijst.setListSymbol(new Chunk("• ", gewoon));
            regels.forEach(r -> lijst.add(new ListItem(r, gewoon)));
            document.add(lijst);
        }
        return this;
    }

    /** Closes the report with a line in small print (where it comes from) and returns it. */
    public byte[] klaar(String voet) {
        Paragraph p = new Paragraph(voet, klein);
        p.setSpacingBefore(24);
        document.add(p);
        document.close();
        return uit.toByteArray();
    }
}
