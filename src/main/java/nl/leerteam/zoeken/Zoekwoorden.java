package nl.leerteam.zoeken;

import nl.leerteam.shared.zoeken.Zoekvraag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What was typed, made into words a query can hold without being read as its syntax: letters and digits only (so
 * {@code foo & (bar}, {@code ') or 1=1 --} and {@code !!!:*} are words or nothing), at most {@value #MAX_WOORDEN}
 * words of at most {@value #LANGSTE_WOORD} characters from the first {@value #MAX_TEKENS} characters. Each word is a
 * prefix ("fiets" finds "fietsen", "kind" finds "kinderen") and brings the school compounds it is part of from
 * {@code samenstellingen.txt} ("volgsysteem" finds "leerlingvolgsysteem"), because the Dutch stemmer never splits one.
 */
final class Zoekwoorden {

    static final int MAX_TEKENS = 300;
    static final int MAX_WOORDEN = 8;
    static final int LANGSTE_WOORD = 40;
    private static final Pattern SCHEIDING = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Part of a compound to the compounds it stands in. */
    private final Map<String, Set<String>> samenstellingen;

    Zoekwoorden() {
        this.samenstellingen = lees();
    }

    /** The query for what was typed; {@code null} when nothing searchable is left. */
    Resultaat van(String invoer) {
        if (invoer == null) {
            return null;
        }
        String tekst = Normalizer.normalize(invoer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        boolean ingekort = tekst.length() > MAX_TEKENS;
        if (ingekort) {
            tekst = tekst.substring(0, MAX_TEKENS);
        }
        List<String> woorden = new ArrayList<>();
        for (String woord : SCHEIDING.split(tekst)) {
            if (woord.isEmpty() || woord.length() > LANGSTE_WOORD || woorden.contains(woord)) {
                continue;
            }
            if (woorden.size() == MAX_WOORDEN) {
                ingekort = true;
                break;
            }
            woorden.add(woord);
        }
        if (woorden.isEmpty()) {
            return null;
        }
        String tsquery = woorden.stream().map(this::metSamenstellingen).collect(Collectors.joining(" & "));
        return new Resultaat(new Zoekvraag(tsquery, String.join(" ", woorden), woorden), ingekort);
    }

    record Resultaat(Zoekvraag vraag, boolean ingekort) {
    }

    /** A word as a prefix, or with the compounds it is part of: {@code ('volgsysteem':* | 'leerlingvolgsysteem':*)}. */
    private String metSamenstellingen(String woord) {
        Set<String> vormen = new LinkedHashSet<>();
        vormen.add(woord);
        vormen.addAll(samenstellingen.getOrDefault(zonderAccenten(woord), Set.of()));
        String alternatieven = vormen.stream().map(v -> "'" + v + "':*").collect(Collectors.joining(" | "));
        return vormen.size() == 1 ? alternatieven : "(" + alternatieven + ")";
    }

    private static String zonderAccenten(String woord) {
        return Normalizer.normalize(woord, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static Map<String, Set<String>> lees() {
        Map<String, Set<String>> lijst = new HashMap<>();
        try (var in = Zoekwoorden.class.getResourceAsStream("samenstellingen.txt");
             BufferedReader regels = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = regels.readLine()) != null) {
                regel = regel.strip();
                if (regel.isEmpty() || regel.startsWith("#")) {
                    continue;
                }
                // "leerlingvolgsysteem: leerling volgsysteem"
                String[] deel = regel.split(":", 2);
                String samenstelling = zonderAccenten(deel[0].strip().toLowerCase(Locale.ROOT));
                for (String onderdeel : deel[1].strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    lijst.computeIfAbsent(zonderAccenten(onderdeel), k -> new LinkedHashSet<>()).add(samenstelling);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lijst;
    }
}
