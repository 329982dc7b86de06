package nl.leerteam.privacy;

import nl.leerteam.privacy.PrivacyFinding.Kind;

import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what could identify a pupil in free text: BSN-like numbers that pass the 11-check
 * (blocking), e-mail addresses, Dutch phone numbers, birth dates, street addresses and postcodes,
 * and people's names ({@link Namen}). The text is read in its plain form first ({@link Normaaltekst}), so full-width
 * digits or letters of another script hide nothing. Plain Java, thread-safe, usable outside Spring.
 * <p>
 * It errs on the side of a warning: all findings except a BSN only ask the writer to look again.
 */
public class PrivacyGuard {

    // Every pattern below starts with a cheap look at the first character ("(?=\\d)"): the scan tries each position of
    // the text, and a position that cannot start a match is left at once instead of after the look-behinds.
    private static final Pattern BSN = Pattern.compile("(?=\\d)(?<![\\d+][ .-]?)(?<![\\d+])\\d(?:[ .-]?\\d){8}(?![ .-]?\\d)");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}");

    /**
     * A run of digits with what people put between them (spaces, dashes, dots, slashes, brackets), starting with a 0 or
     * a country code; {@link #phones} decides from its digits whether it is a Dutch phone number.
     */
    private static final Pattern PHONE_RUN = Pattern.compile("(?=[+(0])(?<![\\d+])(?:\\+|00|\\(0|0)[\\d()\\s./-]{7,24}\\d(?![\\d])");

    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
            + "|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";

    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?=\\d)(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/.-]?\\d)");
    private static final Pattern ISO_DATE = Pattern.compile("(?=\\d)(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern TEXT_DATE = Pattern.compile(
            "(?=\\d)(?<!\\d)(\\d{1,2})\\s+(" + MONTHS + ")\\.?(?:\\s+(\\d{4}))?(?!\\p{L})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHORT_DATE = Pattern.compile("(?=\\d)(?<![\\d/.-])(\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern BIRTH_WORD = Pattern.compile(
            "(?=[gGvVjJdD])(?<!\\p{L})(?:geboren|geb\\.?|geboortedatum|geb\\.?\\s?datum|geboortedag|verjaardag|verjaart|jarig|jarige|dob|date of birth)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    private static final List<String> STREET_SUFFIX = List.of("straat", "straatje", "laan", "weg", "plein", "pleintje",
            "gracht", "kade", "singel", "dijk", "pad", "hof", "dreef", "steeg", "markt", "plantsoen", "boulevard", "park", "erf",
            "baan", "ring", "wal", "veld", "akker", "oord", "haven", "zoom", "donk", "hoek", "kwartier", "allee", "dam",
            "straatweg", "promenade", "burcht", "wijk", "hage", "berg", "veste", "poort");
    private static final String HOUSE_NUMBER = "\\s+\\d{1,4}(?:\\s?[a-zA-Z](?![\\p{L}])|-\\d{1,4})?(?!\\d)";
    /** A capitalised word and a house number; {@link #addresses} keeps it when the word ends like a street. */
    private static final Pattern STREET_WORD = Pattern.compile("(?=\\p{Lu})(?<!\\p{L})(\\p{Lu}[\\p{L}'-]*+)" + HOUSE_NUMBER);
    private static final Pattern STREET_OF = Pattern.compile("(?=[LWPSKD])(?<!\\p{L})(?:Laan|Weg|Plein|Straat|Kade|Dreef)"
            + "(?:\\s+(?:van|der|de|den|het|op|aan|ten|ter|'t))+(?:\\s+\\p{Lu}[\\p{L}'-]*){1,2}" + HOUSE_NUMBER);
    private static final Pattern STREET_TWO_WORDS = Pattern.compile("(?=\\p{Lu})(?<!\\p{L})\\p{Lu}\\p{Ll}++\\s+"
            + "(?:Gracht|Straat|Weg|Laan|Kade|Dijk|Markt|Plein|Singel|Haven|Dreef|Steeg)" + HOUSE_NUMBER);
    private static final Pattern POSTCODE = Pattern.compile("(?=[1-9])(?<![\\p{L}\\d])[1-9]\\d{3}(?:\\s?[A-Z]{2}|[a-z]{2})(?![\\p{L}\\d-])");
    /** "woont in 9712 hx": lower-case letters after a space only where an address is meant, as "2024 en" is not one. */
    private static final Pattern POSTCODE_LOWER = Pattern.compile(
            "(?=[pPwWaAvVnNiI])(?<!\\p{L})(?i:postcode|woont|wonen|woonachtig|adres|verhuist|verhuisd|naar|in)\\s*:?\\s+([1-9]\\d{3}\\s[a-z]{2})(?![\\p{L}\\d-])");
    private static final Set<String> TWO_LETTER_WORDS = Set.of("en", "de", "in", "op", "te", "om", "of", "is", "al", "na",
            "ze", "we", "je", "uw", "nu", "zo", "tv", "uur", "ok", "er", "ik", "me", "ga", "bv", "vs");
    private static final Set<String> POSTCODE_NOT_USED = Set.of("SA", "SD", "SS");

    /** Before {@link #NAMES}: its word lists are normalised while it is made. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Namen NAMES = new Namen();

    private final int firstPupilBirthYear;
    private final int lastPupilBirthYear;

    /** A guard for today's pupils: born between 13 and 3 years ago. */
    public PrivacyGuard() {
        this(Year.now());
    }

    /** A guard as it would judge in {@code year}; pupils are born between 13 and 3 years before it. */
    public PrivacyGuard(Year year) {
        this.firstPupilBirthYear = year.getValue() - 13;
        this.lastPupilBirthYear = year.getValue() - 3;
    }

    /** Everything in the text that may identify a pupil, in text order; an empty list for clean text. */
    public List<PrivacyFinding> scan(String text) {
        return scan(text, Namen.Collegas.GEEN, List.of());
    }

    /**
     * As {@link #scan(String)} for a writer whose colleagues are {@code collegas} (full names): a colleague named as one
     * (their full name; "Sanne:" as who said it; "via Joris"; "juf Esther") is not a finding.
     */
    public List<PrivacyFinding> scan(String text, java.util.Collection<String> collegas) {
        return scan(text, Namen.Collegas.van(collegas), List.of());
    }

    /**
     * As {@link #scan(String, java.util.Collection)}, where also {@code geenNamen} (words or phrases the writer's school
     * listed as no name, such as a local project) are not name findings wherever they stand.
     */
    public List<PrivacyFinding> scan(String text, java.util.Collection<String> collegas, java.util.Collection<String> geenNamen) {
        return scan(text, Namen.Collegas.van(collegas), geenNamen);
    }

    private List<PrivacyFinding> scan(String text, Namen.Collegas collegas, java.util.Collection<String> geenNamen) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Normaaltekst normaal = Normaaltekst.van(text);
        String plain = normaal.tekst();
        if (plain.isEmpty()) {
            return List.of();
        }
        List<PrivacyFinding> found = new ArrayList<>();
        phones(plain, found);
        bsn(plain, found);
        if (plain.indexOf('@') >= 0) {
            add(EMAIL, Kind.EMAIL, plain, found);
        }
        dates(plain, found);
        addresses(plain, found);
        NAMES.vind(plain, found, collegas);
        if (!geenNamen.isEmpty()) {
            found.removeIf(f -> f.kind() == Kind.NAME && binnenGeenNaam(plain, f, geenNamen));
        }
        return withoutOverlaps(found).stream().map(normaal::terug).toList();
    }

    /** Whether a name finding starts inside one of the school's words that are no name, standing as whole words in the text. */
    private static boolean binnenGeenNaam(String plain, PrivacyFinding naam, java.util.Collection<String> geenNamen) {
        for (String woord : geenNamen) {
            String normaal = Normaaltekst.van(woord).tekst().strip();
            if (normaal.isEmpty()) {
                continue;
            }
            int van = Math.max(0, naam.start() - normaal.length() + 1);
            for (int i = van; i <= naam.start() && i + normaal.length() <= plain.length(); i++) {
                if (plain.regionMatches(true, i, normaal, 0, normaal.length()) && heelWoord(plain, i, i + normaal.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean heelWoord(String plain, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(plain.charAt(start - 1)))
                && (end == plain.length() || !Character.isLetterOrDigit(plain.charAt(end)));
    }

    /** Whether the text holds something that may never be saved. */
    public boolean blocks(String text) {
        return scan(text).stream().anyMatch(PrivacyFinding::blocking);
    }

    /**
     * Dutch phone numbers in every shape people type: ten digits from a 0 ("06 12 34 56 78", "020-1234567", "(06)
     * 12345678", "06/12345678", "0 6 1 2 3 4 5 6 7 8"), or a country code and nine ("+31 6 1234 5678", "0031 (0)6…").
     */
    private static void phones(String text, List<PrivacyFinding> found) {
        Matcher run = PHONE_RUN.matcher(text);
        while (run.find()) {
            String shown = run.group();
            String digits = shown.replaceAll("\\D", "");
            boolean international = shown.startsWith("+") || shown.startsWith("00");
            if (international) {
                String rest = digits.startsWith("0031") ? digits.substring(4) : digits.startsWith("31") ? digits.substring(2) : null;
                if (rest != null && rest.startsWith("0")) {
                    rest = rest.substring(1);
                }
                boolean dutch = rest != null && rest.length() == 9 && rest.charAt(0) != '0';
                // a number abroad (a parent in Belgium, a grandmother in Morocco): a country code and 8 to 13 digits
                boolean abroad = rest == null && digits.length() >= 10 && digits.length() <= 15;
                if (dutch || abroad) {
                    found.add(new PrivacyFinding(Kind.PHONE, run.start(), run.end(), false));
                }
            } else if (digits.length() == 10 && digits.charAt(0) == '0' && digits.charAt(1) != '0') {
                found.add(new PrivacyFinding(Kind.PHONE, run.start(), run.end(), false));
            }
        }
    }

    /** Nine digits that pass the 11-check, unless they are part of a phone number found before. */
    private static void bsn(String text, List<PrivacyFinding> found) {
        List<PrivacyFinding> phones = List.copyOf(found);
        Matcher matcher = BSN.matcher(text);
        while (matcher.find()) {
            String digits = matcher.group().replaceAll("[ .-]", "");
            int start = matcher.start();
            int end = matcher.end();
            boolean inPhone = phones.stream().anyMatch(p -> p.start() < end && start < p.end());
            if (!inPhone && passesElevenCheck(digits)) {
                found.add(new PrivacyFinding(Kind.BSN, matcher.start(), matcher.end(), true));
            }
        }
    }

    /** The 11-check of the Dutch citizen service number (BSN): nine digits, weights 9 to 2 and -1. */
    static boolean passesElevenCheck(String digits) {
        String nine = digits;
        if (nine.length() != 9 || nine.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        sum -= nine.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static void add(Pattern pattern, Kind kind, String text, List<PrivacyFinding> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new PrivacyFinding(kind, matcher.start(), matcher.end(), false));
        }
    }

    private void dates(String text, List<PrivacyFinding> found) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            if (isDay(numeric.group(1), numeric.group(3)) && isPupilYear(year(numeric.group(4)))) {
                found.add(new PrivacyFinding(Kind.DATE_OF_BIRTH, numeric.start(), numeric.end(), false));
            }
        }
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            if (isDay(iso.group(3), iso.group(2)) && isPupilYear(Integer.parseInt(iso.group(1)))) {
                found.add(new PrivacyFinding(Kind.DATE_OF_BIRTH, iso.start(), iso.end(), false));
            }
        }
        Matcher written = TEXT_DATE.matcher(text);
        while (written.find()) {
            if (written.group(3) != null && Integer.parseInt(written.group(1)) <= 31
                    && isPupilYear(Integer.parseInt(written.group(3)))) {
                found.add(new PrivacyFinding(Kind.DATE_OF_BIRTH, written.start(), written.end(), false));
            }
        }
        // After "geboren" or "geb." any date is a birth date, with or without a year.
        Matcher word = BIRTH_WORD.matcher(text);
        while (word.find()) {
            int from = word.end();
            int to = Math.min(text.length(), from + 30);
            String window = text.substring(from, to);
            PrivacyFinding date = firstDateIn(window, from);
            if (date != null) {
                found.add(new PrivacyFinding(Kind.DATE_OF_BIRTH, word.start(), date.end(), false));
            }
        }
    }

    private static PrivacyFinding firstDateIn(String window, int offset) {
        List<Matcher> candidates = List.of(NUMERIC_DATE.matcher(window), ISO_DATE.matcher(window),
                TEXT_DATE.matcher(window), SHORT_DATE.matcher(window));
        PrivacyFinding first = null;
        for (Matcher matcher : candidates) {
            if (matcher.find() && (first == null || matcher.start() + offset < first.start())) {
                first = new PrivacyFinding(Kind.DATE_OF_BIRTH, matcher.start() + offset, matcher.end() + offset, false);
            }
        }
        return first;
    }

    private static boolean isDay(String day, String month) {
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        return d >= 1 && d <= 31 && m >= 1 && m <= 12;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }

    private boolean isPupilYear(int year) {
        return year >= firstPupilBirthYear && year <= lastPupilBirthYear;
    }

    private static void addresses(String text, List<PrivacyFinding> found) {
        Matcher street = STREET_WORD.matcher(text);
        while (street.find()) {
            String rest = street.group(1).substring(1);
            if (STREET_SUFFIX.stream().anyMatch(rest::endsWith)) {
                found.add(new PrivacyFinding(Kind.ADDRESS, street.start(), street.end(), false));
            }
        }
        add(STREET_OF, Kind.ADDRESS, text, found);
        add(STREET_TWO_WORDS, Kind.ADDRESS, text, found);
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            String letters = postcode.group().substring(postcode.group().length() - 2).toUpperCase(Locale.ROOT);
            if (!POSTCODE_NOT_USED.contains(letters)) {
                found.add(new PrivacyFinding(Kind.ADDRESS, postcode.start(), postcode.end(), false));
            }
        }
        Matcher lower = POSTCODE_LOWER.matcher(text);
        while (lower.find()) {
            String letters = lower.group(1).substring(5);
            if (!TWO_LETTER_WORDS.contains(letters)) {
                found.add(new PrivacyFinding(Kind.ADDRESS, lower.start(1), lower.end(1), false));
            }
        }
    }

    /** Lower case without diacritics, so that "Zoë", "ZOE" and "zoe" are one name. */
    static String normalise(String word) {
        // most words are plain ASCII: no decomposition needed (this runs for every word of every save)
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        String stripped = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('ı', 'i').replace('’', '\'').toLowerCase(Locale.ROOT);
    }


    /** Keeps the most telling finding where findings overlap: blocking first, then the longest. */
    private static List<PrivacyFinding> withoutOverlaps(List<PrivacyFinding> found) {
        List<PrivacyFinding> byImportance = new ArrayList<>(found);
        byImportance.sort(Comparator.comparing(PrivacyFinding::blocking).reversed()
                .thenComparing(Comparator.comparingInt(PrivacyFinding::length).reversed()));
        List<PrivacyFinding> kept = new ArrayList<>();
        for (PrivacyFinding candidate : byImportance) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(PrivacyFinding::start));
        return List.copyOf(kept);
    }
}
