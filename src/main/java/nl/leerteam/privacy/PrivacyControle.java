package nl.leerteam.privacy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The privacy check every save of free text goes through, on the server: a blocking finding
 * refuses the save; other findings refuse it until the writer confirms, and that confirmation is
 * recorded in the audit log (the kinds of findings, never the text).
 */
@Service
public class PrivacyControle {

    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<Collegas> collegas;
    private final ObjectProvider<Schoolwoorden> schoolwoorden;

    PrivacyControle(AuditLog audit, Clock clock, ObjectProvider<Collegas> collegas, ObjectProvider<Schoolwoorden> schoolwoorden) {
        this.audit = audit;
        this.clock = clock;
        this.collegas = collegas;
        this.schoolwoorden = schoolwoorden;
    }

    /**
     * What the guard finds per field, without refusing anything: for texts that are kept whatever they hold and
     * whose findings decide what may happen next (a library file is kept for its school, not shared beyond it).
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, List<PrivacyFinding>> bevindingen(Map<String, String> velden) {
        PrivacyGuard guard = new PrivacyGuard(Year.now(clock));
        // the writer's colleagues, named as colleagues, are not findings (see Collegas)
        List<String> mijnCollegas = collegas.orderedStream().flatMap(c -> c.namen().stream()).toList();
        // and the words the KCs of the writer's schools listed as no name
        List<String> geenNamen = schoolwoorden.orderedStream().flatMap(w -> w.woorden().stream()).toList();
        Map<String, List<PrivacyFinding>> bevindingen = new LinkedHashMap<>();
        velden.forEach((veld, tekst) -> {
            List<PrivacyFinding> gevonden = guard.scan(tekst, mijnCollegas, geenNamen);
            if (!gevonden.isEmpty()) {
                bevindingen.put(veld, gevonden);
            }
        });
        return bevindingen;
    }

    /**
     * @param velden      field name to text, for every free-text field of the save
     * @param bevestigd   whether the writer has seen the warnings and chose to save anyway
     * @throws PrivacyBezwaar when the save may not go ahead like this
     */
    @PreAuthorize("isAuthenticated()")
    public void controleer(String onderwerp, UUID onderwerpId, Map<String, String> velden, boolean bevestigd) {
        Map<String, List<PrivacyFinding>> bevindingen = bevindingen(velden);
        if (bevindingen.isEmpty()) {
            return;
        }
        PrivacyBezwaar bezwaar = new PrivacyBezwaar(bevindingen, velden);
        if (bezwaar.blokkerend() || !bevestigd) {
            throw bezwaar;
        }
        String soorten = bevindingen.values().stream().flatMap(List::stream).map(f -> f.kind().name())
                .distinct().sorted().collect(Collectors.joining(","));
        audit.registreer(AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD, onderwerp, onderwerpId, soorten);
    }
}
