package nl.leerteam.leerlingbespreking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import nl.leerteam.leerlingbespreking.BesprekingPagina;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the parts of a discussion do: call the service as the reader, then show the discussion as it
 * is now. After a refusal too, since someone else may have moved on meanwhile.
 */
record BesprekingActies(BesprekingService service, Supplier<BesprekingPagina> pagina, Runnable vernieuw) {

    UUID besprekingId() {
        return pagina.get().balk().besprekingId();
    }

    long version() {
        return pagina.get().balk().version();
    }

    /** A click without text: shown as a notification when refused. */
    void doe(Component context, Runnable actie) {
        Meldingen.opslaan(context, Map.of(), actie);
        vernieuw.run();
    }

    /** A save of text through the privacy check; {@code gelukt} runs before the page is read again. */
    void bewaar(Component context, Map<String, ? extends HasValidation> velden, Map<String, String> labels,
                Consumer<Boolean> opslaan, Runnable gelukt) {
        PrivacyOpslaan.opslaan(context, velden, labels, pagina.get().pseudoniem(), opslaan, () -> {
            gelukt.run();
            vernieuw.run();
        });
    }
}
