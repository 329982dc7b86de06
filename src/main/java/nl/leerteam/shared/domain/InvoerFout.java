package nl.leerteam.shared.domain;

import java.util.Arrays;

/**
 * Input the server refuses, with the field it concerns and an i18n key that says why, so a form
 * can show the message next to the field and keep what the person typed.
 */
public class InvoerFout extends RuntimeException {

    private final String veld;
    private final String berichtKey;
    private final transient Object[] parameters;

    public InvoerFout(String veld, String berichtKey, Object... parameters) {
        super(veld + ": " + berichtKey + " " + Arrays.toString(parameters));
        this.veld = veld;
        this.berichtKey = berichtKey;
        this.parameters = parameters;
    }

    public String veld() {
        return veld;
    }

    public String berichtKey() {
        return berichtKey;
    }

    public Object[] parameters() {
        return parameters.clone();
    }
}
