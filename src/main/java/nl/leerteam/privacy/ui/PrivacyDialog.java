package nl.leerteam.privacy.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.privacy.PrivacyFinding;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows why the privacy guard stopped a save: per field the text with what was found marked in it,
 * and what to do instead. A blocking finding can only be taken out; a warning can be confirmed,
 * which saves anyway (and is recorded). The text is shown as text, never as markup.
 */
public class PrivacyDialog extends Dialog {

    final Button aanpassen = new Button();
    final Button tochOpslaan = new Button();
    final Button vervangen = new Button();

    /**
     * @param labels     field name to the label the form shows for it
     * @param tochOpslaan saves again with the warnings confirmed
     */
    public PrivacyDialog(PrivacyBezwaar bezwaar, Map<String, String> labels, Runnable tochOpslaan) {
        this(bezwaar, labels, tochOpslaan, null, null);
    }

    /**
     * @param pseudoniem the case's pseudonym, offered in place of the names found; {@code null} for no such offer
     * @param vervang    puts the pseudonym in place of the names and saves again
     */
    public PrivacyDialog(PrivacyBezwaar bezwaar, Map<String, String> labels, Runnable tochOpslaan, String pseudoniem,
                         Runnable vervang) {
        setHeaderTitle(getTranslation(bezwaar.blokkerend() ? "privacy.geblokkeerd.titel" : "privacy.waarschuwing.titel"));
        addClassName("lt-privacy");
        add(new Paragraph(getTranslation(bezwaar.blokkerend() ? "privacy.geblokkeerd.uitleg" : "privacy.waarschuwing.uitleg")));
        bezwaar.bevindingen().forEach((veld, bevindingen) -> {
            add(new H4(labels.getOrDefault(veld, veld)));
            add(gemarkeerd(bezwaar.tekst(veld), bevindingen));
        });
        add(new Paragraph(getTranslation("privacy.suggestie")));
        aanpassen.setText(getTranslation("privacy.aanpassen"));
        aanpassen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        aanpassen.addClickListener(e -> close());
        this.tochOpslaan.setText(getTranslation("privacy.toch-opslaan"));
        this.tochOpslaan.addThemeVariants(ButtonVariant.LUMO_ERROR);
        this.tochOpslaan.setVisible(!bezwaar.blokkerend());
        this.tochOpslaan.addClickListener(e -> {
            close();
            tochOpslaan.run();
        });
        vervangen.setVisible(pseudoniem != null && vervang != null);
        if (pseudoniem != null && vervang != null) {
            vervangen.setText(getTranslation("privacy.vervangen", pseudoniem));
            // with a pseudonym at hand, that is the step to take
            vervangen.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            aanpassen.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            vervangen.addClickListener(e -> {
                close();
                vervang.run();
            });
        }
        getFooter().add(this.tochOpslaan, vervangen, aanpassen);
        setWidth("min(44rem, 95vw)");
    }

    private Div gemarkeerd(String tekst, List<PrivacyFinding> bevindingen) {
        Div blok = new Div();
        blok.addClassName("lt-privacy-text");
        int positie = 0;
        for (PrivacyFinding bevinding : bevindingen) {
            if (bevinding.start() > positie) {
                blok.add(new Text(tekst.substring(positie, bevinding.start())));
            }
            Span treffer = new Span(tekst.substring(bevinding.start(), bevinding.end()));
            treffer.addClassName(bevinding.blocking() ? "lt-privacy-block" : "lt-privacy-warn");
            String soort = getTranslation("privacy.soort." + bevinding.kind().name().toLowerCase(Locale.ROOT));
            treffer.getElement().setAttribute("title", soort);
            treffer.getElement().setAttribute("aria-label", soort);
            blok.add(treffer);
            positie = bevinding.end();
        }
        if (positie < tekst.length()) {
            blok.add(new Text(tekst.substring(positie)));
        }
        return blok;
    }
}
