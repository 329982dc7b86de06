package nl.leerteam.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Saves free text the way every form in Leerteam does: refusals next to their field, and when the
 * privacy guard objects, the privacy dialog; confirming a warning saves again with the confirmation.
 */
public final class PrivacyOpslaan {

    private PrivacyOpslaan() {
    }

    /**
     * @param velden  field name to the field that shows a refusal of that field
     * @param labels  field name to the label the privacy dialog shows
     * @param opslaan saves; its argument says whether the writer confirmed the privacy warnings
     * @param gelukt  runs after a save went through
     */
    public static void opslaan(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                               Consumer<Boolean> opslaan, Runnable gelukt) {
        poging(context, velden, labels, opslaan, gelukt, false);
    }

    private static void poging(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                               Consumer<Boolean> opslaan, Runnable gelukt, boolean bevestigd) {
        Meldingen.opslaan(context, velden, () -> {
            try {
                opslaan.accept(bevestigd);
            } catch (PrivacyBezwaar bezwaar) {
                new PrivacyDialog(bezwaar, labels, () -> poging(context, velden, labels, opslaan, gelukt, true)).open();
                return;
            }
            gelukt.run();
        });
    }
}
