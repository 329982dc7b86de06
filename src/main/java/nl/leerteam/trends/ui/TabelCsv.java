package nl.leerteam.trends.ui;

import nl.leerteam.trends.Resultatenoverzicht;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A subject's table as CSV the way Dutch Excel opens it: UTF-8 with BOM, {@code ;} and a decimal
 * comma. Only what the page shows: a number the rule of small counts hides stays empty, with a note.
 */
final class TabelCsv {

    private TabelCsv() {
    }

    static byte[] van(Resultatenoverzicht.Vakoverzicht vak, BiFunction<String, Object[], String> vertaal) {
        int niveaus = vak.rijen().stream().mapToInt(r -> r.niveaus().size()).max().orElse(0);
        List<String> kop = new ArrayList<>(List.of(vertaal.apply("trends.kolom.jaargroep", new Object[0]),
                vertaal.apply("trends.kolom.moment", new Object[0]), vertaal.apply("trends.kolom.toets", new Object[0]), "schaal",
                vertaal.apply("trends.kolom.aantal", new Object[0]), vertaal.apply("trends.kolom.gemiddelde", new Object[0])));
        for (int i = 1; i <= niveaus; i++) {
            kop.add(vertaal.apply("trends.csv.niveau", new Object[]{i}));
        }
        kop.add(vertaal.apply("trends.kolom.toelichting", new Object[0]));
        StringWriter tekst = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(tekst, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
            csv.printRecord(kop);
            for (Resultatenoverzicht.Rij r : vak.rijen()) {
                List<String> rij = new ArrayList<>(List.of(String.valueOf(r.jaargroep()), r.meetmoment().name(), r.toets(),
                        r.schaal().name(), r.aantal() == null ? "" : String.valueOf(r.aantal()),
                        r.gemiddelde() == null ? "" : r.gemiddelde().toPlainString().replace('.', ',')));
                for (int i = 0; i < niveaus; i++) {
                    Long n = i < r.niveaus().size() ? r.niveaus().get(i) : null;
                    rij.add(n == null ? "" : String.valueOf(n));
                }
                rij.add(toelichting(vak, r));
                csv.printRecord(rij);
            }
            csv.printRecord(vertaal.apply("trends.csv.verborgen", new Object[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] inhoud = tekst.toString().getBytes(StandardCharsets.UTF_8);
        byte[] metBom = new byte[inhoud.length + 3];
        metBom[0] = (byte) 0xEF;
        metBom[1] = (byte) 0xBB;
        metBom[2] = (byte) 0xBF;
        System.arraycopy(inhoud, 0, metBom, 3, inhoud.length);
        return metBom;
    }

    /** What the file said about a result, and the notes people put on its point, each with its author. */
    static String toelichting(Resultatenoverzicht.Vakoverzicht vak, Resultatenoverzicht.Rij r) {
        List<String> delen = new ArrayList<>();
        if (r.toelichting() != null) {
            delen.add(r.toelichting());
        }
        vak.notities(r).forEach(n -> delen.add(n.tekst() + " (" + n.auteurNaam() + ")"));
        return String.join(" · ", delen);
    }
}
