package nl.leerteam.privacy;

import nl.leerteam.shared.pdf.PdfVerslag;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A person's export as files: JSON, complete and for another system; a PDF summary, to read. */
public final class GegevensExportBestanden {

    /** A section on paper shows this many rows; the JSON file holds them all. */
    static final int RIJEN_OP_PAPIER = 40;
    private static final int TEKENS_PER_RIJ = 400;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private GegevensExportBestanden() {
    }

    /** The export as JSON: every section by its name, every row complete. */
    public static byte[] json(GegevensExport export) {
        Map<String, Object> inhoud = new LinkedHashMap<>();
        inhoud.put("gemaakt", export.gemaakt().toString());
        inhoud.put("naam", export.naam());
        export.onderdelen().forEach(o -> inhoud.put(o.sleutel(), o.rijen()));
        return JSON.writeValueAsBytes(inhoud);
    }

    /**
     * The export on paper: per section its title, how many rows it has and the first of them, one line each.
     *
     * @param tekst translation of a key with its arguments, in the reader's language
     */
    public static byte[] pdf(GegevensExport export, Locale locale, ZoneId zone, BiFunction<String, Object[], String> tekst) {
        DateTimeFormatter wanneer = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
        PdfVerslag pdf = new PdfVerslag(tekst.apply("export.pdf.titel", new Object[]{export.naam()}));
        pdf.regel(tekst.apply("export.pdf.gemaakt", new Object[]{wanneer.format(export.gemaakt().atZone(zone))}));
        pdf.regel(tekst.apply("export.pdf.uitleg", new Object[0]));
        for (MijnGegevens.Onderdeel onderdeel : export.onderdelen()) {
            pdf.kop(tekst.apply("export.onderdeel." + onderdeel.sleutel(), new Object[0]) + " ("
                    + onderdeel.rijen().size() + ")");
            pdf.lijst(onderdeel.rijen().stream().limit(RIJEN_OP_PAPIER).map(GegevensExportBestanden::regel).toList());
            if (onderdeel.rijen().size() > RIJEN_OP_PAPIER) {
                pdf.regel(tekst.apply("export.pdf.meer", new Object[]{onderdeel.rijen().size() - RIJEN_OP_PAPIER}));
            }
        }
        return pdf.klaar(tekst.apply("export.pdf.voet", new Object[0]));
    }

    private static String regel(Map<String, Object> rij) {
        String regel = rij.values().stream().filter(Objects::nonNull).map(String::valueOf).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return regel.length() > TEKENS_PER_RIJ ? regel.substring(0, TEKENS_PER_RIJ) + "…" : regel;
    }

}
