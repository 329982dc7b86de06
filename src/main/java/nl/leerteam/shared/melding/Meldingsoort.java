package nl.leerteam.shared.melding;

/**
 * What a notification tells. A kind that asks its reader to act is mailed right away (unless they turned that off);
 * the others wait for the digest of their space. The list is closed: the settings page, the mails and the bell know
 * every kind.
 */
public enum Meldingsoort {
    /** A teacher escalated a case to the school's KCs. */
    CASUS_GEESCALEERD(Ruimte.LEERTEAM, true),
    /** An action item of the person is due tomorrow. */
    ACTIEPUNT_MORGEN(Ruimte.LEERTEAM, false),
    /** A classroom visit was planned with the person by the other one of the two. */
    BEZOEK_GEPLAND(Ruimte.KLASSENBEZOEK, true),
    /** The school's new test results can be imported: the test window has passed and none are in. */
    TRENDIMPORT_NODIG(Ruimte.TRENDS, false),
    /** A practice card of another school waits for the person's review. */
    KAART_TER_REVIEW(Ruimte.PLATFORM, true),
    /** Someone answered the person's question. */
    ANTWOORD_OP_VRAAG(Ruimte.PLATFORM, false),
    /** A question the person follows got an answer. */
    GEVOLGDE_VRAAG_BEANTWOORD(Ruimte.PLATFORM, false),
    /** A new question in a theme or domain the person follows. */
    VRAAG_IN_GEVOLGD(Ruimte.PLATFORM, false),
    /** A practice card was published in a theme or domain the person follows. */
    KAART_IN_GEVOLGD(Ruimte.PLATFORM, false);

    private final Ruimte ruimte;
    private final boolean vraagtActie;

    Meldingsoort(Ruimte ruimte, boolean vraagtActie) {
        this.ruimte = ruimte;
        this.vraagtActie = vraagtActie;
    }

    public Ruimte ruimte() {
        return ruimte;
    }

    /** Whether it asks its reader to act: mailed right away rather than in a digest. */
    public boolean vraagtActie() {
        return vraagtActie;
    }
}
