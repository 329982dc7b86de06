package nl.leerteam.privacy;

/**
 * Something in a text that may identify a pupil, at {@code [start, end)} of that text.
 *
 * @param blocking whether the text may not be saved with it (a BSN); the rest warn
 */
public record PrivacyFinding(Kind kind, int start, int end, boolean blocking) {

    public enum Kind {
        BSN,
        EMAIL,
        PHONE,
        DATE_OF_BIRTH,
        ADDRESS,
        NAME
    }

    public PrivacyFinding {
        if (kind == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("A finding needs a kind and a non-empty range");
        }
    }

    int length() {
        return end - start;
    }

    boolean contains(PrivacyFinding other) {
        return start <= other.start && other.end <= end;
    }
}
