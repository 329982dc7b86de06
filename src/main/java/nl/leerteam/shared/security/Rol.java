package nl.leerteam.shared.security;

/**
 * The roles of DESIGN.md. School roles hold per school; {@link #BESTUURDER} holds for the whole
 * board and {@link #BEHEERDER} for the installation; {@link #SYSTEEM} is Leerteam's own jobs.
 */
public enum Rol {
    LEERKRACHT,
    KC,
    DIRECTEUR,
    BESTUURDER,
    BEHEERDER,
    /** Leerteam itself, for scheduled jobs such as retention; never a person. */
    SYSTEEM;

    /** The Spring Security authority that carries this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isSchoolRol() {
        return this == LEERKRACHT || this == KC || this == DIRECTEUR;
    }

    /** The i18n key of the role's name. */
    public String labelKey() {
        return "rol." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
