package nl.leerteam.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Secret codes for links (invitations, calendar feeds): 256 random bits in the link, only their SHA-256 in the database. */
public final class GeheimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private GeheimeCodes() {
    }

    public static String nieuweCode() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a string can be a code at all, before it is looked up. */
    public static boolean isWelgevormd(String code) {
        return code != null && code.matches("[A-Za-z0-9_-]{43}");
    }
}
