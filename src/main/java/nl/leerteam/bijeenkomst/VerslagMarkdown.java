package nl.leerteam.bijeenkomst;

import nl.leerteam.leerlingbespreking.VerslagAfspraak;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The minutes of a meeting as Markdown. Everything people typed is escaped, so a note can never
 * become a heading, a link or HTML in whatever renders the file.
 */
public final class VerslagMarkdown {

    /** What Markdown reads as markup anywhere in a line: emphasis, code, links, HTML, tables, strikethrough. */
    private static final Pattern SPECIAAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    /** An entity such as {@code &lt;} would turn into its character. */
    private static final Pattern ENTITEIT = Pattern.compile("&(#?[A-Za-z0-9]+;)");
    /** What Markdown reads as a block at the start of a line: a heading, a list item, a numbered item, a rule. */
    private static final Pattern BLOK = Pattern.compile("^(?:(#{1,6})(?=\\s|$)|([-+])(?=\\s|$)|(\\d{1,9})([.)])(?=\\s|$)|([=-])(?=[=-]*$))");

    private VerslagMarkdown() {
    }

    /** @param tekst translates a message key with parameters into the reader's language */
    public static String van(BijeenkomstDetails b, Locale locale, BiFunction<String, Object[], String> tekst) {
        return van(b, java.util.Map.of(), locale, tekst);
    }

    /** @param afspraken per agenda item of a case, what its discussion agreed on the meeting's day */
    public static String van(BijeenkomstDetails b, java.util.Map<java.util.UUID, java.util.List<VerslagAfspraak>> afspraken,
                             Locale locale, BiFunction<String, Object[], String> tekst) {
        DateTimeFormatter datum = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(b.plan().titel())).append("\n\n");
        md.append(escape(b.leerteamNaam() + " · " + b.schoolNaam())).append("  \n");
        md.append(escape(datum.format(b.plan().datum()) + ", " + b.plan().begintijd() + "–" + b.plan().eindtijd())).append("  \n");
        if (b.plan().plaats() != null) {
            md.append(escape(tekst.apply("verslag.plaats", new Object[]{b.plan().plaats()}))).append("  \n");
        }
        md.append(escape(tekst.apply("verslag.rollen", new Object[]{b.voorzitterNaam(), b.notulistNaam()}))).append("\n\n");
        md.append("## ").append(escape(tekst.apply("verslag.aanwezig", new Object[0]))).append("\n\n");
        md.append(b.deelnemers().isEmpty() ? escape(tekst.apply("verslag.niemand", new Object[0]))
                : b.deelnemers().stream().map(p -> escape(p.naam())).collect(Collectors.joining(", "))).append("\n\n");
        if (!b.openActiepunten().isEmpty()) {
            md.append("## ").append(escape(tekst.apply("verslag.open-actiepunten", new Object[0]))).append("\n\n");
            b.openActiepunten().forEach(a -> actiepunt(md, a, datum, tekst));
            md.append("\n");
        }
        int nummer = 1;
        for (BijeenkomstDetails.Agendapunt punt : b.agenda()) {
            md.append("## ").append(nummer++).append(". ").append(escape(punt.titel())).append("\n\n");
            if (punt.notities() != null) {
                md.append(punt.notities().lines().map(VerslagMarkdown::escape).collect(Collectors.joining("  \n"))).append("\n\n");
            }
            if (!punt.besluiten().isEmpty()) {
                md.append("**").append(escape(tekst.apply("verslag.besluiten", new Object[0]))).append("**\n\n");
                punt.besluiten().forEach(x -> md.append("- ").append(escape(x.tekst())).append("\n"));
                md.append("\n");
            }
            java.util.List<VerslagAfspraak> casusAfspraken = afspraken.getOrDefault(punt.id(), java.util.List.of());
            if (!casusAfspraken.isEmpty()) {
                md.append("**").append(escape(tekst.apply("verslag.afspraken", new Object[0]))).append("**\n\n");
                casusAfspraken.forEach(a -> md.append("- ").append(escape(afspraak(a, datum, tekst))).append("\n"));
                md.append("\n");
            }
            if (!punt.actiepunten().isEmpty()) {
                md.append("**").append(escape(tekst.apply("verslag.actiepunten", new Object[0]))).append("**\n\n");
                punt.actiepunten().forEach(a -> actiepunt(md, a, datum, tekst));
                md.append("\n");
            }
        }
        return md.toString();
    }

    /** One agreement as a line of the minutes, in PDF and Markdown alike. */
    static String afspraak(VerslagAfspraak a, DateTimeFormatter datum, BiFunction<String, Object[], String> tekst) {
        String regel = a.tekst() + " — " + tekst.apply("verslag.afspraak", new Object[]{datum.format(a.evaluatiedatum()), a.eigenaarNaam()});
        return a.idee() == null ? regel : regel + " (" + tekst.apply("verslag.afspraak.idee", new Object[]{a.idee()}) + ")";
    }

    private static void actiepunt(StringBuilder md, BijeenkomstDetails.Actiepunt a, DateTimeFormatter datum,
                                  BiFunction<String, Object[], String> tekst) {
        md.append("- [").append(a.afgerond() ? "x" : " ").append("] ").append(escape(a.tekst())).append(" — ")
                .append(escape(tekst.apply("verslag.actiepunt", new Object[]{a.eigenaarNaam(), datum.format(a.deadline())})))
                .append("\n");
    }

    /**
     * Backslash-escapes what Markdown would read as markup, and only that, so the minutes read cleanly when pasted as
     * plain text (no {@code 07\\:30} or {@code \\.}): inline markup characters, an entity, and a block marker at the
     * start of a line. The text is one line; leading spaces (a code block) are dropped.
     */
    static String escape(String tekst) {
        String regel = SPECIAAL.matcher(tekst.replace("\r", "").replace("\n", " ").strip()).replaceAll("\\\\$1");
        regel = ENTITEIT.matcher(regel).replaceAll("\\\\&$1");
        java.util.regex.Matcher blok = BLOK.matcher(regel);
        if (blok.find()) {
            int plek = blok.group(4) != null ? blok.start(4) : 0;
            regel = regel.substring(0, plek) + "\\" + regel.substring(plek);
        }
        return regel;
    }
}
