package nl.leerteam.shared.domain;

/**
 * Someone else saved the same text meanwhile and their change touches the lines I changed: both versions go back to
 * the screen, side by side, and the person chooses. My text is never dropped.
 *
 * @param version the stored version, to save the chosen text over
 */
public class Samenvoegconflict extends GelijktijdigGewijzigd {

    private final String veld;
    private final String mijn;
    private final String hun;
    private final long version;

    public Samenvoegconflict(String wat, String mijn, String hun, long version) {
        this(wat, null, mijn, hun, version);
    }

    /** @param veld the field of a form with more than one text whose edits collided */
    public Samenvoegconflict(String wat, String veld, String mijn, String hun, long version) {
        super(wat);
        this.veld = veld;
        this.mijn = mijn;
        this.hun = hun;
        this.version = version;
    }

    public String veld() {
        return veld;
    }

    public String mijn() {
        return mijn;
    }

    public String hun() {
        return hun;
    }

    public long version() {
        return version;
    }
}
