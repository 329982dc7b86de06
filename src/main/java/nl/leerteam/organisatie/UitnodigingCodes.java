package nl.leerteam.organisatie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Invitation codes: 256 random bits in the link, only their SHA-256 in the database. */
final class UitnodigingCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private UitnodigingCodes() {
    }

    static String nieuweCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string can be a code at all, before it is looked up. */
    static boolean isWelgevormd(String code) {
        return code != null && code.matches("[A-Za-z0-9_-]{43}");
    }
}
