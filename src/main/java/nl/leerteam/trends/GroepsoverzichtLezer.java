package nl.leerteam.trends;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a group overview (an Excel workbook's first sheet, or a CSV file) into cells, and with the KC's
 * mapping writes it as a file of Leerteam's own format: groups of one jaargroep (5A and 5B) become one
 * row, percentages become counts of the group, and summary lines of the export (totals, averages) are
 * left out. Everything else is checked by the import of that format.
 */
final class GroepsoverzichtLezer {

    /** More rows than a school has groups times tests: such a file is not a group overview. */
    static final int MAX_RIJEN = 2_000;
    private static final Pattern JAARGROEP = Pattern.compile("(?<!\\d)([1-8])(?!\\d)");
    private static final Pattern SAMENVATTING = Pattern.compile("(?i)^(totaal|gemiddelde|school|alle groepen|landelijk).*");

    private GroepsoverzichtLezer() {
    }

    /** The cells of the file, header first; {@code null} with the reason in {@code bestand} when it cannot be read. */
    static List<List<String>> cellen(String bestandsnaam, byte[] inhoud, List<ImportMelding> bestand) {
        boolean zip = inhoud.length > 3 && inhoud[0] == 'P' && inhoud[1] == 'K';
        if (!zip) {
            return TrendbestandLezer.cellen(inhoud, bestand);
        }
        try (Workbook werkboek = WorkbookFactory.create(new ByteArrayInputStream(inhoud))) {
            Sheet blad = werkboek.getSheetAt(0);
            // what the sheet shows, as a person sees it: "3/4" stays text, a number keeps Excel's format
            DataFormatter opmaak = new DataFormatter(Locale.of("nl", "NL"));
            List<List<String>> cellen = new ArrayList<>();
            for (Row rij : blad) {
                if (cellen.size() > MAX_RIJEN) {
                    bestand.add(ImportMelding.fout(0, "", "trends.groeps.te-groot", MAX_RIJEN));
                    return null;
                }
                List<String> waarden = new ArrayList<>();
                for (int k = 0; k < Math.max(0, rij.getLastCellNum()); k++) {
                    Cell cel = rij.getCell(k);
                    waarden.add(cel == null ? "" : opmaak.formatCellValue(cel).trim());
                }
                if (waarden.stream().anyMatch(w -> !w.isBlank())) {
                    cellen.add(waarden);
                }
            }
            if (cellen.isEmpty()) {
                bestand.add(ImportMelding.fout(0, "", "trends.import.leeg"));
                return null;
            }
            return cellen;
        } catch (IOException | RuntimeException onleesbaar) {
            bestand.add(ImportMelding.fout(0, "", "trends.groeps.geen-excel"));
            return null;
        }
    }

    /** The file in Leerteam's own format, by the mapping. */
    static byte[] alsTrendbestand(List<List<String>> cellen, Groepsoverzicht.Indeling indeling) {
        List<String> kop = cellen.getFirst();
        Map<Integer, Groep> perJaargroep = new LinkedHashMap<>();
        List<List<String>> los = new ArrayList<>();
        for (List<String> rij : cellen.subList(1, cellen.size())) {
            String label = waarde(rij, kop, indeling.groep());
            if (label.isBlank() || SAMENVATTING.matcher(label).matches()) {
                continue;
            }
            Matcher jaargroep = JAARGROEP.matcher(label);
            if (!jaargroep.find()) {
                // left as it is: the import says which line has no jaargroep
                los.add(regel(indeling, label, "", waarde(rij, kop, indeling.aantal()), waarde(rij, kop, indeling.gemiddelde()),
                        indeling.niveaus().stream().map(n -> waarde(rij, kop, n)).toList()));
                continue;
            }
            perJaargroep.computeIfAbsent(Integer.parseInt(jaargroep.group(1)), g -> new Groep()).voegToe(label, rij, kop, indeling);
        }
        StringWriter tekst = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(tekst, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get())) {
            List<String> koppen = new ArrayList<>(List.of("schooljaar", "meetmoment", "afnamedatum", "groep", "jaargroep", "vak",
                    "aanbieder", "toets", "schaal", "aantal", "gemiddelde"));
            List<String> niveaus = indeling.schaal().niveaus();
            koppen.addAll(niveaus);
            csv.printRecord(koppen);
            for (Map.Entry<Integer, Groep> g : perJaargroep.entrySet()) {
                csv.printRecord(g.getValue().regel(indeling, g.getKey()));
            }
            for (List<String> regel : los) {
                csv.printRecord(regel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tekst.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> regel(Groepsoverzicht.Indeling i, String groep, String jaargroep, String aantal, String gemiddelde,
                                      List<String> niveaus) {
        List<String> regel = new ArrayList<>(List.of(i.schooljaar().toString(), i.meetmoment() == null ? "" : i.meetmoment().name(),
                i.afnamedatum() == null ? "" : i.afnamedatum().toString(), groep, jaargroep, i.vak().code(), i.aanbieder().code(),
                i.toets(), i.schaal().name(), aantal, gemiddelde));
        regel.addAll(niveaus);
        return regel;
    }

    private static String waarde(List<String> rij, List<String> kop, String kolom) {
        if (kolom == null) {
            return "";
        }
        int index = kop.indexOf(kolom);
        return index < 0 || index >= rij.size() ? "" : rij.get(index).trim();
    }

    private static BigDecimal getal(String tekst) {
        String schoon = tekst.replace("%", "").replace(" ", "").replace(',', '.');
        try {
            return schoon.isEmpty() ? null : new BigDecimal(schoon);
        } catch (NumberFormatException geenGetal) {
            return null;
        }
    }

    /** The groups of one jaargroep added up; a value that is no number is passed on as text for the import to refuse. */
    private static final class Groep {
        private final List<String> labels = new ArrayList<>();
        private long aantal;
        private BigDecimal somScores = BigDecimal.ZERO;
        private boolean gemiddeldeVolledig = true;
        private long[] niveaus;
        private String onleesbaar;

        void voegToe(String label, List<String> rij, List<String> kop, Groepsoverzicht.Indeling i) {
            labels.add(label);
            List<BigDecimal> waarden = i.niveaus().stream().map(n -> getal(waarde(rij, kop, n))).toList();
            BigDecimal groepAantal = i.aantal() == null ? null : getal(waarde(rij, kop, i.aantal()));
            if (niveaus == null) {
                niveaus = new long[waarden.size()];
            }
            if (waarden.contains(null) || (i.aantal() != null && groepAantal == null) || (i.percentages() && groepAantal == null)) {
                onleesbaar = label;
                return;
            }
            long n = groepAantal != null ? groepAantal.longValue() : waarden.stream().mapToLong(BigDecimal::longValue).sum();
            long[] tellingen = i.percentages() ? uitPercentages(waarden, n) : waarden.stream().mapToLong(BigDecimal::longValue).toArray();
            for (int k = 0; k < waarden.size(); k++) {
                niveaus[k] += tellingen[k];
            }
            aantal += n;
            BigDecimal gemiddelde = getal(waarde(rij, kop, i.gemiddelde()));
            if (gemiddelde == null) {
                gemiddeldeVolledig = false;
            } else {
                somScores = somScores.add(gemiddelde.multiply(BigDecimal.valueOf(n)));
            }
        }

        /**
         * Counts from rounded percentages that add up to the group again: each level gets its whole pupils,
         * the pupils left over go to the levels with the largest remainders. Percentages that do not add up
         * to about 100 keep their plain rounding, so the import's sum check says so.
         */
        private static long[] uitPercentages(List<BigDecimal> percentages, long n) {
            long[] tellingen = new long[percentages.size()];
            BigDecimal[] rest = new BigDecimal[percentages.size()];
            long verdeeld = 0;
            BigDecimal som = BigDecimal.ZERO;
            for (int k = 0; k < tellingen.length; k++) {
                BigDecimal exact = percentages.get(k).multiply(BigDecimal.valueOf(n)).divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP);
                tellingen[k] = exact.setScale(0, RoundingMode.FLOOR).longValue();
                rest[k] = exact.subtract(BigDecimal.valueOf(tellingen[k]));
                verdeeld += tellingen[k];
                som = som.add(percentages.get(k));
            }
            if (som.subtract(BigDecimal.valueOf(100)).abs().compareTo(BigDecimal.valueOf(percentages.size())) > 0) {
                return percentages.stream().mapToLong(p -> p.multiply(BigDecimal.valueOf(n))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue()).toArray();
            }
            for (long over = n - verdeeld; over > 0; over--) {
                int grootste = 0;
                for (int k = 1; k < rest.length; k++) {
                    if (rest[k].compareTo(rest[grootste]) > 0) {
                        grootste = k;
                    }
                }
                tellingen[grootste]++;
                rest[grootste] = rest[grootste].subtract(BigDecimal.ONE);
            }
            return tellingen;
        }

        List<String> regel(Groepsoverzicht.Indeling i, int jaargroep) {
            String groep = String.join("+", labels);
            if (onleesbaar != null) {
                return GroepsoverzichtLezer.regel(i, groep, String.valueOf(jaargroep), "?", "", i.niveaus().stream().map(n -> "?").toList());
            }
            String gemiddelde = i.gemiddelde() != null && gemiddeldeVolledig && aantal > 0
                    ? somScores.divide(BigDecimal.valueOf(aantal), 2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') : "";
            List<String> tellingen = new ArrayList<>();
            for (long niveau : niveaus) {
                tellingen.add(String.valueOf(niveau));
            }
            return GroepsoverzichtLezer.regel(i, groep, String.valueOf(jaargroep), String.valueOf(aantal), gemiddelde, tellingen);
        }
    }
}
