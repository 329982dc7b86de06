package nl.leerteam.trends.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.privacy.ui.PrivacyOpslaan;
import nl.leerteam.trends.TrendnotitieService;

import java.util.Map;

/** The story behind a number: a note on one point of the results, through the privacy guard like every free text. */
final class NotitieDialog extends Dialog {

    interface Opslaan {
        void opslaan(String tekst, boolean privacyBevestigd);
    }

    final TextArea tekst = new TextArea();
    final Button opslaan = new Button();

    NotitieDialog(String punt, Opslaan actie, Runnable opgeslagen) {
        setHeaderTitle(getTranslation("trends.notitie.nieuw-bij", punt));
        tekst.setLabel(getTranslation("trends.notitie.tekst"));
        tekst.setHelperText(getTranslation("trends.notitie.uitleg"));
        tekst.setMaxLength(TrendnotitieService.MAX_NOTITIE);
        tekst.setWidthFull();
        tekst.setId("notitie-tekst");
        add(new VerticalLayout(new Paragraph(getTranslation("trends.notitie.wie-ziet")), tekst));
        opslaan.setText(getTranslation("actie.opslaan"));
        opslaan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        opslaan.setId("notitie-opslaan");
        opslaan.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("tekst", tekst), Map.of("tekst", tekst.getLabel()),
                bevestigd -> actie.opslaan(tekst.getValue(), bevestigd), () -> {
                    close();
                    opgeslagen.run();
                }));
        getFooter().add(new Button(getTranslation("actie.annuleren"), e -> close()), opslaan);
        setWidth("min(32rem, 95vw)");
    }
}
