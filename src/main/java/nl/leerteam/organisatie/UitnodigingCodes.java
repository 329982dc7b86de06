package nl.leerteam.organisatie;

import nl.leerteam.shared.security.GeheimeCodes;

/** Invitation codes: 256 random bits in the link, only their SHA-256 in the database. */
final class UitnodigingCodes {

    private UitnodigingCodes() {
    }

    static String nieuweCode() {
        return GeheimeCodes.nieuweCode();
    }

    static String hash(String code) {
        return GeheimeCodes.hash(code);
    }

    /** Whether a string can be a code at all, before it is looked up. */
    static boolean isWelgevormd(String code) {
        return GeheimeCodes.isWelgevormd(code);
    }
}
