package nl.leerteam.organisatie.demo;

/** The issuer of the identities that the development login uses; no real provider has it. */
public final class DevLogin {

    public static final String ISSUER = "urn:leerteam:dev";

    private DevLogin() {
    }
}
