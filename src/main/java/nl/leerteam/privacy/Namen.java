package nl.leerteam.privacy;

import nl.leerteam.privacy.PrivacyFinding.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names by the word and by its context. A teacher writing about a pupil starts the sentence with the name
 * more often than not, and many names are also words (Iris, Roos, Storm, Lente), so neither "a capital at the start of a
 * sentence" nor "a word of the dictionary" tells a name apart. What does:
 * <ul>
 *   <li>a known first name with a capital in the middle of a sentence;</li>
 *   <li>a capitalised word followed by what a person does ("is", "heeft", "durft", "reageert"…), by a possessive
 *       ("haar ouders", "z'n moeder"), by "en" and another name, or by a surname ("van der Berg", "Jansen");</li>
 *   <li>a word in a possessive of its own ("Timo's"), after "familie", "de moeder van", "juf" or "meester";</li>
 *   <li>double names ("Sem-Bo", "Anna-Sophie").</li>
 * </ul>
 * Words that school writing capitalises and that are never a pupil's name (methods, subjects, months, holidays,
 * languages, roles, function words: {@code geen-namen.txt}) are not names in any context.
 */
final class Namen {

    private static final Pattern WOORD = Pattern.compile("\\p{L}[\\p{L}'-]*");

    /** First names that are also ordinary Dutch words: at the start of a sentence only context makes them a name. */
    private static final Set<String> OOK_EEN_WOORD = Set.of(
            "roos", "fleur", "storm", "zee", "jade", "bo", "kim", "max", "mees", "job", "jet", "amber", "iris", "rosa",
            "merel", "floor", "bas", "can", "mark", "sky", "door", "lente", "miss", "vlinder", "pip", "noor", "lot", "lou",
            "luna", "nova", "ruby", "joy", "rune", "loes", "faas", "dirk", "sien", "pien", "puck", "ivy", "rose", "vera",
            "dean", "lars", "ali", "said", "sil", "tim", "tom", "sam", "dex", "ties", "sep", "dani", "cas", "kees", "jan",
            "lelie", "hazel", "jip", "bloem", "zon", "ster", "hemel", "liv", "mila", "nina", "sara", "elif", "ilse", "ben", "els",
            "ton", "joke", "ria");

    /** What a person does, as a teacher writes it about one pupil (third person, present and past). */
    private static final Set<String> DOET = Set.of(
            "is", "was", "heeft", "had", "zit", "zat", "werkt", "werkte", "reageert", "reageerde", "kan", "kon", "durft",
            "durfde", "speelt", "speelde", "wil", "wilde", "doet", "deed", "vindt", "vond", "zegt", "zei", "leest", "las",
            "schrijft", "schreef", "rekent", "maakt", "maakte", "komt", "kwam", "gaat", "ging", "loopt", "liep", "huilt",
            "huilde", "lacht", "lachte", "krijgt", "kreeg", "moet", "moest", "mag", "mocht", "praat", "praatte", "vraagt",
            "vroeg", "vertelt", "vertelde", "vergeet", "vergat", "begint", "begon", "raakt", "raakte", "spreekt", "sprak",
            "kijkt", "keek", "blijft", "bleef", "wordt", "werd", "lijkt", "leek", "eet", "at", "slaapt", "sliep", "weet",
            "wist", "snapt", "begrijpt", "probeert", "probeerde", "luistert", "helpt", "hielp", "zoekt", "zocht", "woont",
            "woonde", "logeert", "fietst", "tekent", "bijt", "schrikt", "schrok", "verstopt", "voelt", "voelde", "stoort",
            "kletst", "wacht", "twijfelt", "rent", "verliest", "wint", "scoort", "haalt", "mist", "miste", "ziet", "zag",
            "hoort", "geeft", "gaf", "neemt", "nam", "pakt", "staat", "stond", "ligt", "lag", "valt", "viel", "slaat",
            "sloeg", "pest", "plaagt", "roept", "riep", "schreeuwt", "stottert", "blokkeert", "klapt", "kiest", "koos",
            "volgt", "oefent", "leert", "leerde", "telt", "weigert", "weigerde", "trekt", "duwt", "gooit", "liegt",
            "vecht", "gilt", "zwijgt", "beweegt", "wiebelt", "ontwijkt", "vermijdt", "zorgt", "deelt", "verveelt",
            "gedraagt", "presteert", "ontwikkelt", "groeit", "zakt", "daalt", "stijgt", "heb", "verhuist", "verhuisde");

    private static final Set<String> BEZIT = Set.of("haar", "zijn", "z'n", "d'r");
    private static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "el",
            "al", "ben", "bin", "da", "di", "du", "le", "la", "vd");
    /** After these a capitalised word is a person: "de moeder van Mia", "juf Esther", "familie Yilmaz". */
    private static final Set<String> FAMILIE = Set.of("familie", "fam", "gezin");
    private static final Set<String> VAN_IEMAND = Set.of("moeder", "vader", "ouders", "broer", "broertje", "zus", "zusje",
            "oma", "opa", "tante", "oom", "buurvrouw", "buurman", "vriend", "vriendin", "vriendje", "tweelingbroer",
            "tweelingzus", "stiefvader", "stiefmoeder", "pleegouders");
    private static final Set<String> AANSPREEKVORM = Set.of("juf", "juffrouw", "meester", "mevrouw", "meneer", "dhr", "mevr");

    /** Endings of Dutch nouns, adjectives and verbs that a first name hardly ever has. */
    private static final Pattern GEEN_NAAMVORM = Pattern.compile(
            ".*(?:en|ing|heid|isch|tie|teit|schap|dag|week|les|werk|boek|plan|toets|groep|school|klas|uur|tijd|lijk|ig"
                    + "|ief|baar|loos|nis|sel|ment|ster|aar|eur|ist|ismus|isme|atie)$");
    private static final int LANGSTE_ONBEKENDE_NAAM = 10;

    private final Set<String> voornamen;
    private final Set<String> geenNamen;
    /** Phrases that are not a name together, by their first word. */
    private final java.util.Map<String, List<String[]>> geenNaamZinnen;

    Namen() {
        this.voornamen = lees("voornamen.txt", false);
        Set<String> woorden = lees("geen-namen.txt", true);
        this.geenNamen = new HashSet<>();
        this.geenNaamZinnen = new java.util.HashMap<>();
        for (String woord : woorden) {
            if (woord.contains("_")) {
                String[] zin = woord.split("_");
                geenNaamZinnen.computeIfAbsent(zin[0], k -> new ArrayList<>()).add(zin);
            } else {
                geenNamen.add(woord);
            }
        }
    }

    /** Where a name is a colleague's when it is one of theirs: who said it ("Sanne:"), "via Joris", "juf Esther". */
    private static final Set<String> COLLEGA_ERVOOR = Set.of("juf", "juffrouw", "meester", "collega", "via", "mevrouw", "meneer");

    /** The colleagues of the writer: their full names and first names, normalised. */
    record Collegas(Set<String> volleNamen, Set<String> voornamen) {

        static final Collegas GEEN = new Collegas(Set.of(), Set.of());

        static Collegas van(java.util.Collection<String> namen) {
            Set<String> vol = new HashSet<>();
            Set<String> voor = new HashSet<>();
            for (String naam : namen) {
                String normaal = PrivacyGuard.normalise(Normaaltekst.van(naam).tekst()).strip().replaceAll("\\s+", " ");
                if (!normaal.isEmpty()) {
                    vol.add(normaal);
                    voor.add(normaal.split(" ")[0]);
                }
            }
            return new Collegas(Set.copyOf(vol), Set.copyOf(voor));
        }
    }

    /** The names in {@code tekst} (already normal: see {@link Normaaltekst}), added to {@code gevonden}. */
    void vind(String tekst, List<PrivacyFinding> gevonden) {
        vind(tekst, gevonden, Collegas.GEEN);
    }

    /** As {@link #vind(String, List)}, leaving out the writer's colleagues where they are named as colleagues. */
    void vind(String tekst, List<PrivacyFinding> gevonden, Collegas collegas) {
        List<Woord> woorden = new ArrayList<>();
        Matcher m = WOORD.matcher(tekst);
        while (m.find()) {
            woorden.add(Woord.van(m.group(), m.start(), m.end()));
        }
        boolean[] overslaan = zinnenVanGeenNamen(woorden);
        for (int i = 0; i < woorden.size(); i++) {
            if (overslaan[i]) {
                continue;
            }
            Woord w = woorden.get(i);
            if (naFamilie(woorden, i, tekst) || naam(tekst, woorden, i)) {
                int eind = achternaamEinde(tekst, woorden, i);
                if (!collega(tekst, woorden, i, eind, collegas)) {
                    gevonden.add(new PrivacyFinding(Kind.NAME, w.start, eind, false));
                }
            }
        }
    }

    private boolean naam(String tekst, List<Woord> woorden, int i) {
        Woord w = woorden.get(i);
        if (!w.hoofdletter() || w.kaal().length() < 2 || w.afkorting()) {
            return false;
        }
        String sleutel = w.sleutel();
        if (geenNaam(sleutel) || DOET.contains(sleutel)) {
            return false;
        }
        boolean bekend = voornamen.contains(sleutel) || dubbeleNaam(w.kaal());
        boolean begin = begintZin(tekst, w.start);
        Woord vorige = vorige(tekst, woorden, i);
        // "juf Esther", "de moeder van Mia"
        if (vorige != null && (AANSPREEKVORM.contains(vorige.klein())
                || "van".equals(vorige.klein()) && i > 1 && VAN_IEMAND.contains(woorden.get(i - 2).klein()))) {
            return true;
        }
        if (bekend && !(begin && OOK_EEN_WOORD.contains(sleutel))) {
            return true;
        }
        // "Timo's vader"; an unknown word with 's is as often a plural ("Dia's", "Foto's") and needs more context
        if (w.bezittelijk() && bekend) {
            return true;
        }
        boolean context = doetIets(tekst, woorden, i) || bezit(tekst, woorden, i) || metAndereNaam(tekst, woorden, i)
                || achternaam(tekst, woorden, i);
        if (bekend) {
            return context;
        }
        // an unknown word: only at the start of a sentence, shaped like a name, and followed by what a person does
        return begin && context && w.kaal().length() <= LANGSTE_ONBEKENDE_NAAM
                && !GEEN_NAAMVORM.matcher(sleutel).matches();
    }

    /** The word after "familie"/"fam." (with its tussenvoegsels): a family name. */
    private boolean naFamilie(List<Woord> woorden, int i, String tekst) {
        if (i == 0) {
            return false;
        }
        Woord w = woorden.get(i);
        Woord vorige = woorden.get(i - 1);
        if (!FAMILIE.contains(vorige.klein()) || !aaneen(tekst, vorige, w)) {
            return false;
        }
        if (w.hoofdletter() && !geenNaam(w.sleutel())) {
            return true;
        }
        // "familie de Boer", "familie van den Broek", "familie El Idrissi"
        int j = i;
        while (j < woorden.size() && TUSSENVOEGSELS.contains(woorden.get(j).klein()) && !woorden.get(j).hoofdletter()) {
            j++;
        }
        return j > i && j < woorden.size() && woorden.get(j).hoofdletter();
    }

    /**
     * A colleague named as one: their full name, or their first name as who said something ("Sanne: …"), after "via",
     * "juf", "meester" or "collega". The same first name in a sentence about someone ("Sanne is faalangstig") is no
     * colleague's.
     */
    private static boolean collega(String tekst, List<Woord> woorden, int i, int eind, Collegas collegas) {
        if (collegas.voornamen().isEmpty()) {
            return false;
        }
        Woord w = woorden.get(i);
        String genoemd = PrivacyGuard.normalise(tekst.substring(w.start, eind)).replaceAll("\\s+", " ");
        if (collegas.volleNamen().contains(genoemd)) {
            return true;
        }
        if (eind != w.eind || !collegas.voornamen().contains(w.sleutel())) {
            return false;
        }
        Woord vorige = vorige(tekst, woorden, i);
        if (vorige != null && COLLEGA_ERVOOR.contains(vorige.klein())) {
            return true;
        }
        int k = w.eind;
        while (k < tekst.length() && tekst.charAt(k) == ' ') {
            k++;
        }
        return k < tekst.length() && tekst.charAt(k) == ':' && begintZin(tekst, w.start);
    }

    private boolean doetIets(String tekst, List<Woord> woorden, int i) {
        Woord volgende = volgende(tekst, woorden, i);
        return volgende != null && DOET.contains(volgende.klein());
    }

    /** "Vera haar ouders", "Gijs z'n moeder": a possessive and then a thing or person of theirs. */
    private boolean bezit(String tekst, List<Woord> woorden, int i) {
        Woord volgende = volgende(tekst, woorden, i);
        if (volgende == null || !BEZIT.contains(volgende.klein())) {
            return false;
        }
        Woord daarna = volgende(tekst, woorden, i + 1);
        return daarna != null && !daarna.hoofdletter() && !DOET.contains(daarna.klein());
    }

    /** "Jade en Lente", "Roos en haar tweelingzus": next to another person. */
    private boolean metAndereNaam(String tekst, List<Woord> woorden, int i) {
        Woord volgende = volgende(tekst, woorden, i);
        if (volgende == null || !"en".equals(volgende.klein())) {
            return false;
        }
        Woord daarna = volgende(tekst, woorden, i + 1);
        if (daarna == null) {
            return false;
        }
        return BEZIT.contains(daarna.klein()) || (daarna.hoofdletter() && voornamen.contains(daarna.sleutel())
                && !geenNaam(daarna.sleutel()));
    }

    /** "Tim van der Berg", "Lana Bakker heeft": a surname after the first name. */
    private boolean achternaam(String tekst, List<Woord> woorden, int i) {
        int j = i + 1;
        Woord volgende = volgende(tekst, woorden, i);
        boolean tussen = false;
        while (volgende != null && TUSSENVOEGSELS.contains(volgende.klein()) && !volgende.hoofdletter()) {
            tussen = true;
            volgende = volgende(tekst, woorden, j);
            j++;
        }
        if (volgende == null || !volgende.hoofdletter() || volgende.afkorting()
                || geenNaam(volgende.sleutel())) {
            return false;
        }
        if (tussen) {
            return true;
        }
        // Two capitalised words in a row are a name when a person's verb follows: "Lana Bakker heeft"
        return doetIets(tekst, woorden, j);
    }

    /** Where the name ends: after the surname when there is one, else after the word. */
    private int achternaamEinde(String tekst, List<Woord> woorden, int i) {
        int eind = woorden.get(i).eind;
        int j = i;
        Woord volgende = volgende(tekst, woorden, j);
        while (volgende != null && (TUSSENVOEGSELS.contains(volgende.klein()) && !volgende.hoofdletter()
                || volgende.hoofdletter() && !volgende.afkorting() && !geenNaam(volgende.sleutel()))) {
            j++;
            if (volgende.hoofdletter()) {
                eind = volgende.eind;
            }
            volgende = volgende(tekst, woorden, j);
        }
        return eind;
    }

    private boolean dubbeleNaam(String woord) {
        if (!woord.contains("-")) {
            return false;
        }
        String[] delen = woord.split("-");
        boolean eenNaam = false;
        for (String deel : delen) {
            if (deel.isEmpty() || !Character.isUpperCase(deel.codePointAt(0))) {
                return false;
            }
            eenNaam |= voornamen.contains(PrivacyGuard.normalise(deel));
        }
        return eenNaam;
    }

    private boolean geenNaam(String sleutel) {
        if (geenNamen.contains(sleutel)) {
            return true;
        }
        int streep = sleutel.indexOf('-');
        return streep > 0 && geenNamen.contains(sleutel.substring(0, streep));
    }

    /** The words of listed phrases ("Roos van Leary"), which are not a name together. */
    private boolean[] zinnenVanGeenNamen(List<Woord> woorden) {
        boolean[] overslaan = new boolean[woorden.size()];
        for (int i = 0; i < woorden.size(); i++) {
            for (String[] zin : geenNaamZinnen.getOrDefault(woorden.get(i).klein(), List.of())) {
                if (i + zin.length > woorden.size()) {
                    continue;
                }
                boolean gelijk = true;
                for (int k = 1; k < zin.length && gelijk; k++) {
                    gelijk = woorden.get(i + k).klein().equals(zin[k]);
                }
                if (gelijk) {
                    for (int k = 0; k < zin.length; k++) {
                        overslaan[i + k] = true;
                    }
                }
            }
        }
        return overslaan;
    }

    /** The word before, when only spaces stand between. */
    private static Woord vorige(String tekst, List<Woord> woorden, int i) {
        return i > 0 && aaneen(tekst, woorden.get(i - 1), woorden.get(i)) ? woorden.get(i - 1) : null;
    }

    /** The next word, when only spaces stand between (a comma or a full stop ends the context). */
    private static Woord volgende(String tekst, List<Woord> woorden, int i) {
        if (i + 1 >= woorden.size()) {
            return null;
        }
        Woord nu = woorden.get(i);
        Woord volgende = woorden.get(i + 1);
        return aaneen(tekst, nu, volgende) ? volgende : null;
    }

    private static boolean aaneen(String tekst, Woord eerste, Woord tweede) {
        for (int k = eerste.eind; k < tweede.start; k++) {
            char c = tekst.charAt(k);
            if (c != ' ' && c != '\t' && c != '.') {
                return false;
            }
            // "fam. Yilmaz" and "v.d. Berg" keep a full stop; a sentence's end is a full stop and a capital, handled by begintZin
            if (c == '.' && !(eerste.woord.length() <= 3 && !eerste.hoofdletter())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code index} is the first of a sentence, line or list item. */
    static boolean begintZin(String text, int index) {
        int i = index - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"'‘“(-•*".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:;\n\r".indexOf(text.charAt(i)) >= 0;
    }

    private static Set<String> lees(String bestand, boolean woordenPerRegel) {
        Set<String> woorden = new HashSet<>();
        try (InputStream in = Namen.class.getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException(bestand + " is missing next to the privacy guard");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String regel = reader.readLine(); regel != null; regel = reader.readLine()) {
                String inhoud = regel.strip();
                if (inhoud.isEmpty() || inhoud.startsWith("#")) {
                    continue;
                }
                if (woordenPerRegel) {
                    for (String woord : inhoud.split("\\s+")) {
                        woorden.add(PrivacyGuard.normalise(woord));
                    }
                } else {
                    woorden.add(PrivacyGuard.normalise(inhoud));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(woorden);
    }

    /** A word of the text, with its normal form ({@code klein}) and that of {@link #kaal()} ({@code sleutel}), made once. */
    private record Woord(String woord, int start, int eind, String klein, String sleutel) {

        static Woord van(String woord, int start, int eind) {
            String kaal = kaal(woord);
            String klein = PrivacyGuard.normalise(woord);
            return new Woord(woord, start, eind, klein, kaal.length() == woord.length() ? klein : PrivacyGuard.normalise(kaal));
        }

        boolean hoofdletter() {
            return Character.isUpperCase(woord.codePointAt(0));
        }

        /** All capitals ("AVI", "DMT", "IB'er"): an abbreviation, not a name. */
        boolean afkorting() {
            String kaal = kaal();
            return kaal.length() >= 2 && Character.isUpperCase(kaal.charAt(1));
        }

        boolean bezittelijk() {
            return woord.endsWith("'s") && woord.length() > 3 || woord.endsWith("'") && woord.length() > 2;
        }

        String kaal() {
            return kaal(woord);
        }

        private static String kaal(String woord) {
            if (woord.endsWith("'s")) {
                return woord.substring(0, woord.length() - 2);
            }
            return woord.endsWith("'") ? woord.substring(0, woord.length() - 1) : woord;
        }
    }
}
