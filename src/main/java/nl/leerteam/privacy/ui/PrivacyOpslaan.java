package nl.leerteam.privacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.privacy.PrivacyFinding;
import nl.leerteam.shared.ui.Meldingen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Saves free text the way every form in Leerteam does: refusals next to their field, and when the
 * privacy guard objects, the privacy dialog, with the fields that hold a finding marked; confirming a
 * warning saves again with the confirmation. Where the text is about a case, the dialog offers to put
 * the case's pseudonym in place of every name with one click.
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
        opslaan(context, velden, labels, null, opslaan, gelukt);
    }

    /**
     * As {@link #opslaan(Component, Map, Map, Consumer, Runnable)} for text about a case.
     *
     * @param pseudoniem the case's pseudonym ("Leerling A") that may replace a name; {@code null} when there is none
     */
    public static void opslaan(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                               String pseudoniem, Consumer<Boolean> opslaan, Runnable gelukt) {
        new Poging(context, velden, labels, pseudoniem, opslaan, gelukt).probeer(false);
    }

    private record Poging(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                          String pseudoniem, Consumer<Boolean> opslaan, Runnable gelukt) {

        void probeer(boolean bevestigd) {
            Meldingen.opslaan(context, velden, () -> {
                try {
                    opslaan.accept(bevestigd);
                } catch (PrivacyBezwaar bezwaar) {
                    markeer(bezwaar);
                    Map<String, HasValue<?, String>> vervangbaar = vervangbaar(bezwaar);
                    new PrivacyDialog(bezwaar, labels, () -> probeer(true),
                            vervangbaar.isEmpty() ? null : pseudoniem, () -> vervang(bezwaar, vervangbaar)).open();
                    return;
                }
                gelukt.run();
            });
        }

        /** Marks every field that holds a finding, with the kinds found in it, so the writer sees where to look. */
        private void markeer(PrivacyBezwaar bezwaar) {
            bezwaar.bevindingen().forEach((veld, bevindingen) -> {
                HasValidation component = velden.get(veld);
                if (component != null) {
                    String soorten = bevindingen.stream().map(PrivacyFinding::kind).distinct()
                            .map(k -> context.getTranslation("privacy.soort." + k.name().toLowerCase(Locale.ROOT)))
                            .collect(Collectors.joining(", "));
                    component.setErrorMessage(context.getTranslation("privacy.veld", soorten));
                    component.setInvalid(true);
                }
            });
        }

        /** The fields with a name in them that the pseudonym can replace: only text fields, only where there is a pseudonym. */
        @SuppressWarnings("unchecked")
        private Map<String, HasValue<?, String>> vervangbaar(PrivacyBezwaar bezwaar) {
            Map<String, HasValue<?, String>> velden = new LinkedHashMap<>();
            if (pseudoniem == null || pseudoniem.isBlank() || bezwaar.blokkerend()) {
                return velden;
            }
            bezwaar.bevindingen().forEach((veld, bevindingen) -> {
                if (this.velden.get(veld) instanceof HasValue<?, ?> waarde && waarde.getValue() instanceof String
                        && bevindingen.stream().anyMatch(f -> f.kind() == PrivacyFinding.Kind.NAME)) {
                    velden.put(veld, (HasValue<?, String>) waarde);
                }
            });
            return velden;
        }

        private void vervang(PrivacyBezwaar bezwaar, Map<String, HasValue<?, String>> vervangbaar) {
            vervangbaar.forEach((veld, component) ->
                    component.setValue(vervangen(bezwaar.tekst(veld), bezwaar.bevindingen().get(veld), pseudoniem)));
            // the other findings, if any, are asked about again
            probeer(false);
        }
    }

    /** The text with every name found in it replaced by the pseudonym; the other findings stay as they are. */
    static String vervangen(String tekst, List<PrivacyFinding> bevindingen, String pseudoniem) {
        StringBuilder uit = new StringBuilder(tekst);
        List<PrivacyFinding> namen = bevindingen.stream().filter(f -> f.kind() == PrivacyFinding.Kind.NAME)
                .sorted((a, b) -> Integer.compare(b.start(), a.start())).toList();
        for (PrivacyFinding naam : namen) {
            uit.replace(naam.start(), naam.end(), pseudoniem);
        }
        return uit.toString();
    }
}
