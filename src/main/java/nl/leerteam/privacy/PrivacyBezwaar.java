package nl.leerteam.privacy;

import java.util.List;
import java.util.Map;

/**
 * A save the privacy guard stopped. Blocking: it can never be saved like this (a BSN). Otherwise
 * the writer may look again, or confirm and save anyway.
 *
 * @param bevindingen per field name, the findings in that field's text
 * @param teksten     per field name, the text that was checked (to show the findings in it)
 */
public class PrivacyBezwaar extends RuntimeException {

    private final transient Map<String, List<PrivacyFinding>> bevindingen;
    private final transient Map<String, String> teksten;

    PrivacyBezwaar(Map<String, List<PrivacyFinding>> bevindingen, Map<String, String> teksten) {
        super("Privacy findings in " + bevindingen.keySet());
        this.bevindingen = Map.copyOf(bevindingen);
        this.teksten = Map.copyOf(teksten);
    }

    public Map<String, List<PrivacyFinding>> bevindingen() {
        return bevindingen;
    }

    public String tekst(String veld) {
        return teksten.get(veld);
    }

    public boolean blokkerend() {
        return bevindingen.values().stream().flatMap(List::stream).anyMatch(PrivacyFinding::blocking);
    }
}
