package nl.leerteam.klassenbezoek;

import nl.leerteam.shared.domain.Tijdzone;
import nl.leerteam.shared.pdf.PdfVerslag;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The report of a finished classroom visit as a PDF, for the teacher to keep for her development conversation: the
 * learning question, what was seen per focus criterion, the quick notes, the nagesprek and her reflection.
 * Only the teacher and the observer get it; the download reads the visit through the visit's access check.
 */
public final class BezoekverslagPdf {

    private BezoekverslagPdf() {
    }

    public static byte[] van(BezoekDetails b, Locale locale, BiFunction<String, Object[], String> tekst) {
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        PdfVerslag pdf = new PdfVerslag(tekst.apply("bezoek.pdf.titel", new Object[]{b.leerkrachtNaam()}));
        pdf.regel(tekst.apply("bezoek.wie-wanneer", new Object[]{Bezoekmoment.tekst(datum.format(b.datum()), b.tijd(), tekst), b.leerkrachtNaam(), b.observatorNaam(),
                tekst.apply("bezoek.soort." + b.soort().name().toLowerCase(Locale.ROOT), new Object[0])}));
        List<String> les = new ArrayList<>();
        if (b.les() != null) {
            les.add(tekst.apply("bezoek.les", new Object[0]) + ": " + b.les());
        }
        if (b.groep() != null) {
            les.add(tekst.apply("casus.groep.waarde", new Object[]{b.groep()}));
        }
        if (b.kijkwijzerNaam() != null) {
            les.add(tekst.apply("bezoek.pdf.kijkwijzer", new Object[]{b.kijkwijzerNaam()}));
        }
        if (!les.isEmpty()) {
            pdf.regel(String.join(" · ", les));
        }
        pdf.veld(tekst.apply("bezoek.leervraag", new Object[0]), b.leervraag());
        if (!b.focus().isEmpty()) {
            pdf.kop(tekst.apply("bezoek.pdf.observatie", new Object[0]));
            for (BezoekDetails.Focus f : b.focus()) {
                String gezien = f.waarneming() == null ? tekst.apply("bezoek.niet-ingevuld", new Object[0])
                        : tekst.apply("waarneming." + f.waarneming().name().toLowerCase(Locale.ROOT), new Object[0]);
                pdf.veld(f.tekst() + " — " + gezien, f.notitie() == null ? " " : f.notitie());
            }
        }
        if (!b.notities().isEmpty()) {
            DateTimeFormatter tijd = DateTimeFormatter.ofPattern("HH:mm");
            pdf.kop(tekst.apply("bezoek.snelle-notities", new Object[0]));
            pdf.lijst(b.notities().stream().map(n -> tijd.format(n.tijdstip().atZone(Tijdzone.SCHOOL)) + " " + n.tekst()).toList());
        }
        pdf.kop(tekst.apply("bezoek.status.nagesprek", new Object[0]));
        pdf.veld(tekst.apply("bezoek.wat-ging-goed", new Object[0]), b.watGingGoed());
        pdf.veld(tekst.apply("bezoek.feedforward", new Object[0]), b.feedforward());
        pdf.veld(tekst.apply("bezoek.ontwikkeldoel", new Object[0]), b.ontwikkeldoel());
        pdf.veld(tekst.apply("bezoek.reflectie", new Object[0]), b.reflectie());
        return pdf.klaar(tekst.apply("bezoek.pdf.voet", new Object[0]));
    }
}
