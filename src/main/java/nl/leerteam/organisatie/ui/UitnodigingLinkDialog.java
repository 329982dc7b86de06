package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.UitnodigingVerstuurd;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows a new invitation link once: it is not stored anywhere it could be read again. */
class UitnodigingLinkDialog extends Dialog {

    final TextField link = new TextField();

    UitnodigingLinkDialog(UitnodigingVerstuurd uitnodiging) {
        setHeaderTitle(getTranslation("beheer.uitnodiging.link.titel"));
        Paragraph status = new Paragraph(getTranslation(uitnodiging.gemaild()
                ? "beheer.uitnodiging.gemaild" : "beheer.uitnodiging.niet-gemaild", uitnodiging.email()));
        link.setValue(uitnodiging.link());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setId("uitnodiging-link");
        link.setLabel(getTranslation("beheer.uitnodiging.link"));
        String geldig = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                .format(uitnodiging.verlooptOp().atZone(ZoneId.systemDefault()));
        add(status, link, new Paragraph(getTranslation("beheer.uitnodiging.geldig-tot", geldig)));
        setWidth("min(40rem, 95vw)");
        Button klaar = new Button(getTranslation("actie.sluiten"), e -> close());
        klaar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(klaar);
    }
}
