package nl.leerteam.privacy;

/** What someone did with pupil-case or observation data. */
public enum AuditActie {
    GELEZEN,
    AANGEMAAKT,
    GEWIJZIGD,
    VERWIJDERD,
    /** Saved text despite a privacy warning, after confirming it explicitly. */
    PRIVACY_WAARSCHUWING_BEVESTIGD,
    /** Deleted by the retention job because the retention period had passed. */
    BEWAARTERMIJN_VERLOPEN,
    /** Refused before anything was stored, such as a results file with pupil rows. */
    GEWEIGERD
}
