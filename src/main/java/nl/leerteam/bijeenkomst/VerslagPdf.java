package nl.leerteam.bijeenkomst;

import nl.leerteam.leerlingbespreking.VerslagAfspraak;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The minutes of a meeting as a PDF (OpenPDF), laid out like the Markdown version. */
public final class VerslagPdf {

    private static final BaseFont GEWOON = nl.leerteam.shared.pdf.PdfVerslag.GEWOON;
    private static final BaseFont VET = nl.leerteam.shared.pdf.PdfVerslag.VET;

    private VerslagPdf() {
    }

    public static byte[] van(BijeenkomstDetails b, Locale locale, BiFunction<String, Object[], String> tekst) {
        return van(b, java.util.Map.of(), locale, tekst);
    }

    /** @param afspraken per agenda item of a case, what its discussion agreed on the meeting's day */
    public static byte[] van(BijeenkomstDetails b, java.util.Map<java.util.UUID, java.util.List<VerslagAfspraak>> afspraken,
                             Locale locale, BiFunction<String, Object[], String> tekst) {
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Font titel = new Font(VET, 18);
        Font kop = new Font(VET, 13);
        Font vet = new Font(VET, 11);
        Font gewoon = new Font(GEWOON, 11);
        Font klein = new Font(GEWOON, 9);
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, uit);
        document.addTitle(b.plan().titel());
        document.addCreator("Leerteam");
        document.open();
        document.add(new Paragraph(b.plan().titel(), titel));
        document.add(new Paragraph(b.leerteamNaam() + " · " + b.schoolNaam(), gewoon));
        document.add(new Paragraph(datum.format(b.plan().datum()) + ", " + b.plan().begintijd() + "–" + b.plan().eindtijd(), gewoon));
        if (b.plan().plaats() != null) {
            document.add(new Paragraph(tekst.apply("verslag.plaats", new Object[]{b.plan().plaats()}), gewoon));
        }
        document.add(new Paragraph(tekst.apply("verslag.rollen", new Object[]{b.voorzitterNaam(), b.notulistNaam()}), gewoon));
        document.add(kop(tekst.apply("verslag.aanwezig", new Object[0]), kop));
        document.add(new Paragraph(b.deelnemers().isEmpty() ? tekst.apply("verslag.niemand", new Object[0])
                : b.deelnemers().stream().map(Persoon::naam).collect(Collectors.joining(", ")), gewoon));
        if (!b.openActiepunten().isEmpty()) {
            document.add(kop(tekst.apply("verslag.open-actiepunten", new Object[0]), kop));
            document.add(actiepunten(b.openActiepunten(), datum, tekst, gewoon));
        }
        int nummer = 1;
        for (BijeenkomstDetails.Agendapunt punt : b.agenda()) {
            document.add(kop(nummer++ + ". " + punt.titel(), kop));
            if (punt.notities() != null) {
                document.add(new Paragraph(punt.notities(), gewoon));
            }
            if (!punt.besluiten().isEmpty()) {
                document.add(new Paragraph(tekst.apply("verslag.besluiten", new Object[0]), vet));
                List lijst = new List(List.UNORDERED);
                lijst.setListSymbol(new Chunk("• ", gewoon));
                punt.besluiten().forEach(x -> lijst.add(new ListItem(x.tekst(), gewoon)));
                document.add(lijst);
            }
            java.util.List<VerslagAfspraak> casusAfspraken = afspraken.getOrDefault(punt.id(), java.util.List.of());
            if (!casusAfspraken.isEmpty()) {
                document.add(new Paragraph(tekst.apply("verslag.afspraken", new Object[0]), vet));
                List lijst = new List(List.UNORDERED);
                lijst.setListSymbol(new Chunk("• ", gewoon));
                casusAfspraken.forEach(a -> lijst.add(new ListItem(VerslagMarkdown.afspraak(a, datum, tekst), gewoon)));
                document.add(lijst);
            }
            if (!punt.actiepunten().isEmpty()) {
                document.add(new Paragraph(tekst.apply("verslag.actiepunten", new Object[0]), vet));
                document.add(actiepunten(punt.actiepunten(), datum, tekst, gewoon));
            }
        }
        Paragraph voet = new Paragraph(tekst.apply("verslag.voet", new Object[0]), klein);
        voet.setSpacingBefore(24);
        voet.setAlignment(Element.ALIGN_LEFT);
        document.add(voet);
        document.close();
        return uit.toByteArray();
    }

    private static Paragraph kop(String tekst, Font font) {
        Paragraph kop = new Paragraph(tekst, font);
        kop.setSpacingBefore(14);
        kop.setSpacingAfter(4);
        return kop;
    }

    private static List actiepunten(java.util.List<BijeenkomstDetails.Actiepunt> punten, DateTimeFormatter datum,
                                    BiFunction<String, Object[], String> tekst, Font font) {
        List lijst = new List(List.UNORDERED);
        for (BijeenkomstDetails.Actiepunt a : punten) {
            ListItem item = new ListItem(a.tekst() + " — " + tekst.apply("verslag.actiepunt",
                    new Object[]{a.eigenaarNaam(), datum.format(a.deadline())}), font);
            item.setListSymbol(new Chunk(a.afgerond() ? "[x] " : "[ ] ", font));
            lijst.add(item);
        }
        return lijst;
    }
}
