package nl.leerteam.organisatie.security;

/** Why a login was refused; the {@code geen-toegang} page explains each in words. */
public enum InlogFout {
    /** The identity is not known and there was no (valid) invitation. */
    ONBEKEND,
    /** The account belongs to an organisation this provider is not open for. */
    ANDERE_ORGANISATIE,
    /** The invitation link is unknown, expired, revoked or already used. */
    UITNODIGING_ONGELDIG,
    /** The person who sent the invitation tried to accept it themselves. */
    EIGEN_UITNODIGING;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static InlogFout vanCode(String code) {
        for (InlogFout fout : values()) {
            if (fout.code().equals(code)) {
                return fout;
            }
        }
        return ONBEKEND;
    }
}
