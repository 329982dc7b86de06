package nl.leerteam.trends;

import nl.leerteam.privacy.PrivacyFinding;
import nl.leerteam.privacy.PrivacyGuard;
import nl.leerteam.shared.domain.Schooljaar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a results file in Leerteam's own CSV format ({@code docs/trends-csv.md}) as Dutch machines
 * write it: UTF-8 with or without BOM or Windows-1252, {@code ;} or {@code ,} or tab, decimal comma,
 * and Excel's dates where a group label {@code 3/4} was. It says what it assumed, refuses what it
 * cannot read unambiguously, and never keeps a pupil: a file with pupil columns, or with only rows of
 * one pupil, is marked whole. Plain Java: the service adds what is already stored.
 */
final class TrendbestandLezer {

    static final int MAX_TOELICHTING = 500;
    static final int MAX_TOETS = 100;
    static final int MAX_GROEP = 40;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** What UTF-8 looks like when it was read as Windows-1252 and saved again: Ã« for ë, â€™ for ’. */
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF]|â€");
    private static final Set<String> LEERLINGKOLOMMEN = Set.of("naam", "voornaam", "achternaam", "roepnaam", "leerling",
            "leerlingnaam", "naam-leerling", "geboortedatum", "geb-datum", "bsn", "burgerservicenummer", "eck-id", "eckid",
            "leerlingnummer", "leerling-id", "leerlingid", "pgn", "onderwijsnummer");
    private static final Pattern SCHOOLJAAR = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");
    private static final List<DateTimeFormatter> DATUMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"));
    /**
     * Excel's renderings of {@code 3/4} as a date: {@code 3-apr}, {@code 03-04}, {@code 3 apr}, {@code 3/4/2026}; a
     * plain {@code 3/4} is the label itself. ISO dates ({@code 2026-04-03}) are read by {@link #ISO_DATUM}.
     */
    private static final Pattern EXCEL_DATUM = Pattern.compile("(\\d{1,2})(?:[- ]([a-z]{3,4}|\\d{1,2})(?:[-/ ]\\d{2,4})?|/(\\d{1,2})/\\d{2,4})");
    private static final Pattern ISO_DATUM = Pattern.compile("\\d{4}-(\\d{2})-(\\d{2})");
    private static final List<String> MAANDEN = List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private final PrivacyGuard privacy;

    TrendbestandLezer(PrivacyGuard privacy) {
        this.privacy = privacy;
    }

    /** The rows of a file as read, before anything is compared with what is stored. */
    record Gelezen(ImportVoorbeeld.Gelezen gelezenAls, List<ImportVoorbeeld.Regel> regels, List<ImportMelding> bestand,
                   boolean leerlinggegevens) {
    }

    Gelezen lees(byte[] inhoud) {
        List<ImportMelding> bestand = new ArrayList<>();
        Tekst tekst = decodeer(inhoud, bestand);
        if (MOJIBAKE.matcher(tekst.inhoud()).find()) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.mojibake"));
            return new Gelezen(new ImportVoorbeeld.Gelezen(tekst.tekenset(), "", false), List.of(), bestand, false);
        }
        String eersteRegel = tekst.inhoud().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        Character scheiding = scheiding(eersteRegel, bestand);
        if (scheiding == null) {
            return new Gelezen(new ImportVoorbeeld.Gelezen(tekst.tekenset(), "", false), List.of(), bestand, false);
        }
        List<CSVRecord> records = records(tekst.inhoud(), scheiding);
        if (records == null) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.onleesbaar"));
            return new Gelezen(new ImportVoorbeeld.Gelezen(tekst.tekenset(), naam(scheiding), scheiding != ','), List.of(), bestand, false);
        }
        if (records.isEmpty()) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.leeg"));
            return new Gelezen(new ImportVoorbeeld.Gelezen(tekst.tekenset(), naam(scheiding), scheiding != ','), List.of(), bestand, false);
        }
        Map<String, Integer> kolommen = kolommen(records.getFirst());
        boolean leerlingkolom = kolommen.keySet().stream().anyMatch(LEERLINGKOLOMMEN::contains);
        ImportVoorbeeld.Gelezen gelezenAls = new ImportVoorbeeld.Gelezen(tekst.tekenset(), naam(scheiding), scheiding != ',');
        if (leerlingkolom) {
            // the rows are never read: nothing of a pupil passes, not even into a preview
            return new Gelezen(gelezenAls, List.of(), List.of(ImportMelding.fout(0, "", "trends.import.leerlinggegevens")), true);
        }
        List<String> ontbrekend = List.of("schooljaar", "jaargroep", "vak", "aanbieder", "toets", "schaal", "aantal").stream()
                .filter(k -> !kolommen.containsKey(k)).toList();
        if (!ontbrekend.isEmpty()) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.kolommen-ontbreken", String.join(", ", ontbrekend)));
            return new Gelezen(gelezenAls, List.of(), bestand, false);
        }
        if (!kolommen.containsKey("meetmoment") && !kolommen.containsKey("afnamedatum")) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.moment-of-datum"));
            return new Gelezen(gelezenAls, List.of(), bestand, false);
        }
        List<ImportVoorbeeld.Regel> regels = new ArrayList<>();
        Map<Toetsresultaat.Sleutel, Integer> gezien = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (leeg(record)) {
                continue;
            }
            ImportVoorbeeld.Regel regel = new Rij(record, kolommen).lees();
            if (regel.resultaat() != null) {
                Integer eerder = gezien.putIfAbsent(regel.resultaat().sleutel(), regel.regel());
                if (eerder != null) {
                    List<ImportMelding> meldingen = new ArrayList<>(regel.meldingen());
                    meldingen.add(ImportMelding.fout(regel.regel(), "", "trends.import.dubbel", eerder, regel.regel()));
                    regel = new ImportVoorbeeld.Regel(regel.regel(), null, ImportVoorbeeld.Status.FOUT, meldingen);
                }
            }
            regels.add(regel);
        }
        boolean alleenEen = regels.size() > 1 && regels.stream().allMatch(r -> r.resultaat() != null && r.resultaat().aantal() == 1);
        if (alleenEen) {
            return new Gelezen(gelezenAls, List.of(), List.of(ImportMelding.fout(0, "aantal", "trends.import.leerlinggegevens")), true);
        }
        return new Gelezen(gelezenAls, regels, bestand, false);
    }

    private record Tekst(String inhoud, String tekenset) {
    }

    /**
     * The cells of a CSV file read the way this format is read (character set and separator sniffed), or
     * {@code null} with the reason in {@code bestand}.
     */
    static List<List<String>> cellen(byte[] inhoud, List<ImportMelding> bestand) {
        Tekst tekst = decodeer(inhoud, bestand);
        String eersteRegel = tekst.inhoud().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        Character scheiding = scheiding(eersteRegel, bestand);
        if (scheiding == null) {
            return null;
        }
        List<CSVRecord> records = records(tekst.inhoud(), scheiding);
        if (records == null) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.onleesbaar"));
            return null;
        }
        return records.stream().map(r -> r.stream().toList()).toList();
    }

    /** Whether a column name says the file is about pupils one by one. */
    static boolean leerlingkolom(String kop) {
        return LEERLINGKOLOMMEN.contains(Codes.normaal(kop));
    }

    /** Whether a file's column names are those of Leerteam's own format. */
    static boolean eigenFormaat(List<String> koppen) {
        return koppen.stream().map(Codes::normaal).toList().containsAll(List.of("schooljaar", "jaargroep", "vak"));
    }

    private static Tekst decodeer(byte[] inhoud, List<ImportMelding> bestand) {
        if (inhoud.length >= 3 && (inhoud[0] & 0xFF) == 0xEF && (inhoud[1] & 0xFF) == 0xBB && (inhoud[2] & 0xFF) == 0xBF) {
            return new Tekst(new String(inhoud, 3, inhoud.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
            return new Tekst(utf8, "UTF-8");
        } catch (CharacterCodingException geenUtf8) {
            bestand.add(ImportMelding.waarschuwing(0, "", "trends.import.gelezen-als-1252"));
            return new Tekst(new String(inhoud, WINDOWS_1252), "Windows-1252");
        }
    }

    private static Character scheiding(String kop, List<ImportMelding> bestand) {
        Map<Character, Long> tellingen = new LinkedHashMap<>();
        for (char teken : new char[]{';', '\t', ','}) {
            tellingen.put(teken, kop.chars().filter(c -> c == teken).count());
        }
        long meeste = tellingen.values().stream().mapToLong(Long::longValue).max().orElse(0);
        if (meeste == 0) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.geen-kolommen"));
            return null;
        }
        List<Character> kandidaten = tellingen.entrySet().stream().filter(e -> e.getValue() == meeste).map(Map.Entry::getKey).toList();
        if (kandidaten.size() > 1) {
            bestand.add(ImportMelding.fout(0, "", "trends.import.scheiding-onduidelijk"));
            return null;
        }
        return kandidaten.getFirst();
    }

    private static String naam(char scheiding) {
        return switch (scheiding) {
            case ';' -> ";";
            case '\t' -> "tab";
            default -> ",";
        };
    }

    /** The records, or {@code null} when the file breaks CSV's own rules (a quote that never closes). */
    private static List<CSVRecord> records(String inhoud, char scheiding) {
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(scheiding).setQuote('"').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(inhoud), formaat)) {
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }

    /** The columns by their normal name; {@code gem-vaardigheid}, {@code n-iii} and {@code III} are the same column. */
    private static Map<String, Integer> kolommen(CSVRecord kop) {
        Map<String, Integer> kolommen = new HashMap<>();
        for (int i = 0; i < kop.size(); i++) {
            String naam = Codes.normaal(kop.get(i)).replaceAll("^n-", "");
            naam = switch (naam) {
                case "gem-vaardigheid", "gem.-vaardigheid", "gemiddelde", "gem", "gem.", "gem-score", "gem.-score",
                     "gemiddelde-score", "gem-vs", "gem.-vs" -> "gemiddelde";
                case "datum", "afname" -> "afnamedatum";
                case "moment" -> "meetmoment";
                case "leerjaar" -> "jaargroep";
                case "onder1f", "<1f", "onder-1f" -> "ref-0";
                case "1f" -> "ref-1";
                case "1s2f", "1s/2f", "1s-2f", "2f", "1s" -> "ref-2";
                default -> naam;
            };
            kolommen.putIfAbsent(naam, i);
        }
        return kolommen;
    }

    private static boolean leeg(CSVRecord record) {
        for (String waarde : record) {
            if (!waarde.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** One line: every field read with its own reason when it cannot be. */
    private final class Rij {

        private static final Map<Schaal, List<String>> NIVEAUKOLOMMEN = Map.of(
                Schaal.IV, List.of("i", "ii", "iii", "iv", "v"),
                Schaal.AE, List.of("a", "b", "c", "d", "e"),
                Schaal.REF, List.of("ref-0", "ref-1", "ref-2"),
                Schaal.PCT, List.of());

        private final CSVRecord record;
        private final Map<String, Integer> kolommen;
        private final int regel;
        private final List<ImportMelding> meldingen = new ArrayList<>();

        Rij(CSVRecord record, Map<String, Integer> kolommen) {
            this.record = record;
            this.kolommen = kolommen;
            this.regel = (int) record.getRecordNumber();
        }

        ImportVoorbeeld.Regel lees() {
            Schooljaar schooljaar = schooljaar();
            LocalDate datum = datum(schooljaar);
            Meetmoment moment = moment(datum);
            Integer jaargroep = jaargroep();
            String groep = groep();
            Vak vak = keuze("vak", Vak.vanCode(veld("vak")), "trends.import.vak");
            Aanbieder aanbieder = keuze("aanbieder", Aanbieder.vanCode(veld("aanbieder")), "trends.import.aanbieder");
            String toets = toets();
            Schaal schaal = keuze("schaal", Schaal.vanCode(veld("schaal")), "trends.import.schaal");
            Integer aantal = geheel("aantal", true);
            BigDecimal gemiddelde = gemiddelde();
            List<Integer> niveaus = schaal == null ? List.of() : niveaus(schaal, aantal);
            String toelichting = toelichting();
            boolean fout = meldingen.stream().anyMatch(m -> m.ernst() == ImportMelding.Ernst.FOUT);
            if (fout) {
                return new ImportVoorbeeld.Regel(regel, null, ImportVoorbeeld.Status.FOUT, meldingen);
            }
            return new ImportVoorbeeld.Regel(regel, new Toetsresultaat(schooljaar, moment, datum, jaargroep, groep, vak, aanbieder,
                    toets, schaal, aantal, gemiddelde, niveaus, toelichting), ImportVoorbeeld.Status.NIEUW, meldingen);
        }

        private String veld(String kolom) {
            Integer index = kolommen.get(kolom);
            return index == null || index >= record.size() ? "" : record.get(index).strip();
        }

        private Schooljaar schooljaar() {
            Matcher m = SCHOOLJAAR.matcher(veld("schooljaar"));
            if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                meldingen.add(ImportMelding.fout(regel, "schooljaar", "trends.import.schooljaar", veld("schooljaar")));
                return null;
            }
            return new Schooljaar(Integer.parseInt(m.group(1)));
        }

        private LocalDate datum(Schooljaar schooljaar) {
            String tekst = veld("afnamedatum");
            if (tekst.isEmpty()) {
                return null;
            }
            LocalDate datum = null;
            if (tekst.matches("\\d{5}")) {
                // Excel's day number (days since 30 December 1899), when a date cell was exported as a number
                datum = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(tekst));
            }
            for (DateTimeFormatter formaat : DATUMS) {
                if (datum != null) {
                    break;
                }
                try {
                    datum = LocalDate.parse(tekst, formaat);
                } catch (DateTimeParseException volgende) {
                    // try the next shape
                }
            }
            if (datum == null) {
                meldingen.add(ImportMelding.fout(regel, "afnamedatum", "trends.import.datum", tekst));
            } else if (schooljaar != null && (datum.isBefore(schooljaar.eersteDag()) || datum.isAfter(schooljaar.laatsteDag()))) {
                meldingen.add(ImportMelding.fout(regel, "afnamedatum", "trends.import.datum-buiten-schooljaar", tekst, schooljaar));
            }
            return datum;
        }

        private Meetmoment moment(LocalDate datum) {
            String tekst = veld("meetmoment");
            Optional<Meetmoment> gegeven = tekst.isEmpty() ? Optional.empty() : Meetmoment.vanCode(tekst);
            if (!tekst.isEmpty() && gegeven.isEmpty()) {
                meldingen.add(ImportMelding.fout(regel, "meetmoment", "trends.import.meetmoment", tekst));
                return null;
            }
            if (gegeven.isEmpty()) {
                if (datum == null) {
                    meldingen.add(ImportMelding.fout(regel, "meetmoment", "trends.import.geen-moment"));
                    return null;
                }
                Meetmoment afgeleid = Meetmoment.van(datum);
                meldingen.add(ImportMelding.waarschuwing(regel, "meetmoment", "trends.import.moment-afgeleid", afgeleid));
                return afgeleid;
            }
            if (datum != null && Meetmoment.van(datum) != gegeven.get()) {
                meldingen.add(ImportMelding.waarschuwing(regel, "meetmoment", "trends.import.moment-past-niet", gegeven.get(),
                        datum));
            }
            return gegeven.get();
        }

        private Integer jaargroep() {
            String tekst = veld("jaargroep");
            if (tekst.isEmpty() && veld("groep").contains("/")) {
                meldingen.add(ImportMelding.fout(regel, "jaargroep", "trends.import.combinatiegroep", veld("groep")));
                return null;
            }
            if (!tekst.matches("[1-8]")) {
                meldingen.add(ImportMelding.fout(regel, "jaargroep", "trends.import.jaargroep", tekst));
                return null;
            }
            return Integer.parseInt(tekst);
        }

        /** The group's own label; a date Excel made of {@code 3/4} is read back, with a warning. */
        private String groep() {
            String tekst = veld("groep");
            Matcher datum = EXCEL_DATUM.matcher(tekst.toLowerCase(java.util.Locale.ROOT));
            Matcher iso = ISO_DATUM.matcher(tekst);
            if (iso.matches()) {
                // Excel's ISO export of day 3 of April: the group 3/4
                datum = EXCEL_DATUM.matcher(Integer.parseInt(iso.group(2)) + "-" + Integer.parseInt(iso.group(1)));
            }
            if (datum.matches() || tekst.matches("\\d{5}")) {
                Optional<String> terug = groepUitDatum(tekst, datum);
                if (terug.isPresent()) {
                    meldingen.add(ImportMelding.waarschuwing(regel, "groep", "trends.import.groep-uit-datum", tekst, terug.get()));
                    return terug.get();
                }
                meldingen.add(ImportMelding.fout(regel, "groep", "trends.import.groep-datum", tekst));
                return null;
            }
            if (tekst.length() > MAX_GROEP) {
                meldingen.add(ImportMelding.fout(regel, "groep", "trends.import.te-lang", MAX_GROEP));
                return null;
            }
            return tekst.isEmpty() ? null : tekst;
        }

        private Optional<String> groepUitDatum(String tekst, Matcher datum) {
            int dag;
            int maand;
            if (tekst.matches("\\d{5}")) {
                LocalDate d = LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(tekst));
                dag = d.getDayOfMonth();
                maand = d.getMonthValue();
            } else {
                dag = Integer.parseInt(datum.group(1));
                String m = datum.group(2) != null ? datum.group(2) : datum.group(3);
                maand = m.matches("\\d+") ? Integer.parseInt(m)
                        : Math.max(MAANDEN.indexOf(m.substring(0, 3)), MONTHS.indexOf(m.substring(0, 3))) + 1;
            }
            // a combination group is two consecutive jaargroepen: 1/2 … 7/8
            return dag >= 1 && dag <= 7 && maand == dag + 1 ? Optional.of(dag + "/" + maand) : Optional.empty();
        }

        private <T> T keuze(String kolom, Optional<T> waarde, String key) {
            if (waarde.isEmpty()) {
                meldingen.add(ImportMelding.fout(regel, kolom, key, veld(kolom)));
                return null;
            }
            return waarde.get();
        }

        private String toets() {
            String tekst = veld("toets");
            if (tekst.isEmpty()) {
                meldingen.add(ImportMelding.fout(regel, "toets", "trends.import.verplicht"));
                return null;
            }
            if (tekst.length() > MAX_TOETS) {
                meldingen.add(ImportMelding.fout(regel, "toets", "trends.import.te-lang", MAX_TOETS));
                return null;
            }
            return tekst;
        }

        private Integer geheel(String kolom, boolean verplicht) {
            String tekst = veld(kolom);
            if (tekst.isEmpty()) {
                if (verplicht) {
                    meldingen.add(ImportMelding.fout(regel, kolom, "trends.import.verplicht"));
                }
                return null;
            }
            if (!tekst.matches("\\d{1,6}")) {
                meldingen.add(ImportMelding.fout(regel, kolom, "trends.import.aantal", tekst));
                return null;
            }
            return Integer.parseInt(tekst);
        }

        /** A decimal with a comma or a dot (with {@code ,} as separator only a quoted comma reaches here). */
        private BigDecimal gemiddelde() {
            String tekst = veld("gemiddelde");
            if (tekst.isEmpty()) {
                return null;
            }
            String getal = tekst.replace(" ", "");
            if (getal.contains(",") && getal.contains(".")) {
                meldingen.add(ImportMelding.fout(regel, "gemiddelde", "trends.import.getal", tekst));
                return null;
            }
            try {
                return new BigDecimal(getal.replace(',', '.')).setScale(2, RoundingMode.HALF_UP);
            } catch (NumberFormatException e) {
                meldingen.add(ImportMelding.fout(regel, "gemiddelde", "trends.import.getal", tekst));
                return null;
            }
        }

        private List<Integer> niveaus(Schaal schaal, Integer aantal) {
            for (Map.Entry<Schaal, List<String>> ander : NIVEAUKOLOMMEN.entrySet()) {
                if (ander.getKey() != schaal && ander.getValue().stream().anyMatch(k -> !veld(k).isEmpty())) {
                    meldingen.add(ImportMelding.fout(regel, "schaal", "trends.import.een-schaal", schaal));
                    return List.of();
                }
            }
            List<String> kolomnamen = NIVEAUKOLOMMEN.get(schaal);
            if (kolomnamen.isEmpty()) {
                return List.of();
            }
            List<Integer> niveaus = new ArrayList<>();
            for (String kolom : kolomnamen) {
                Integer waarde = geheel(kolom, false);
                niveaus.add(waarde == null ? 0 : waarde);
            }
            boolean ingevuld = kolomnamen.stream().anyMatch(k -> !veld(k).isEmpty());
            if (!ingevuld) {
                meldingen.add(ImportMelding.fout(regel, "", "trends.import.niveaus-ontbreken", schaal.niveaus().stream()
                        .collect(Collectors.joining(", "))));
                return List.of();
            }
            int som = niveaus.stream().mapToInt(Integer::intValue).sum();
            if (aantal != null && som != aantal) {
                meldingen.add(ImportMelding.fout(regel, "aantal", "trends.import.som", som, aantal));
            }
            return niveaus;
        }

        private String toelichting() {
            String tekst = veld("toelichting");
            if (tekst.isEmpty()) {
                return null;
            }
            if (tekst.length() > MAX_TOELICHTING) {
                meldingen.add(ImportMelding.fout(regel, "toelichting", "trends.import.te-lang", MAX_TOELICHTING));
                return null;
            }
            List<PrivacyFinding> bevindingen = privacy.scan(tekst);
            if (!bevindingen.isEmpty()) {
                meldingen.add(ImportMelding.fout(regel, "toelichting", "trends.import.privacy",
                        bevindingen.stream().map(b -> b.kind().name()).distinct().sorted().collect(Collectors.joining(","))));
                return null;
            }
            return tekst;
        }
    }
}
