package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.UitnodigingVerstuurd;
import nl.leerteam.shared.ui.Meldingen;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Shows a new invitation link once: it is not stored anywhere it could be read again. */
class UitnodigingLinkDialog extends Dialog {

    final TextField link = new TextField();
    final Button kopieren = new Button();

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
        kopieren.setText(getTranslation("beheer.uitnodiging.kopieren"));
        kopieren.setIcon(VaadinIcon.COPY.create());
        kopieren.setId("uitnodiging-kopieren");
        // The browser's clipboard; where it refuses (an old browser, no permission) the link is selected to copy by hand.
        kopieren.addClickListener(e -> kopieren.getElement()
                .executeJs("return navigator.clipboard.writeText($0)", uitnodiging.link())
                .then(ok -> Meldingen.succes(this, "beheer.uitnodiging.gekopieerd"), fout -> {
                    link.focus();
                    link.getElement().executeJs("this.inputElement.select()");
                    Meldingen.fout(this, "beheer.uitnodiging.niet-gekopieerd");
                }));
        HorizontalLayout rij = new HorizontalLayout(link, kopieren);
        rij.setWidthFull();
        rij.setAlignItems(FlexComponent.Alignment.BASELINE);
        rij.expand(link);
        add(status, rij, new Paragraph(getTranslation("beheer.uitnodiging.geldig-tot", geldig)));
        setWidth("min(40rem, 95vw)");
        Button klaar = new Button(getTranslation("actie.sluiten"), e -> close());
        klaar.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(klaar);
    }
}
