package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import nl.leerteam.organisatie.WissenService;
import nl.leerteam.shared.ui.Meldingen;

import java.util.Map;
import java.util.UUID;

/**
 * Asks before a person is erased: it cannot be undone, and says what stays and what goes. Shared by the school page of
 * board staff and the board page of the installation's administrator.
 */
final class WissenVraag {

    private WissenVraag() {
    }

    static void open(Component context, WissenService service, UUID gebruikerId, String naam, Runnable gewist) {
        ConfirmDialog vraag = new ConfirmDialog();
        vraag.setHeader(context.getTranslation("wissen.titel", naam));
        vraag.setText(context.getTranslation("wissen.tekst", naam));
        vraag.setCancelable(true);
        vraag.setCancelText(context.getTranslation("actie.annuleren"));
        vraag.setConfirmText(context.getTranslation("wissen.bevestigen"));
        vraag.setConfirmButtonTheme("error primary");
        vraag.setId("persoon-wissen");
        vraag.addConfirmListener(e -> {
            if (Meldingen.opslaan(context, Map.of(), () -> service.wissen(gebruikerId))) {
                Meldingen.succes(context, "wissen.gewist", naam);
            }
            gewist.run();
        });
        vraag.open();
    }
}
