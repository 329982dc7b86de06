package nl.leerteam.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.shared.domain.Samenvoegconflict;

import java.util.function.BiConsumer;

/**
 * Two people changed the same lines of one text: my text (still editable) beside what the other saved. I save mine,
 * edited or not, or take theirs; closing the dialog keeps my text in the field. Nothing is saved unseen.
 */
public final class SamenvoegDialog extends Dialog {

    public final TextArea mijn = new TextArea();
    public final Paragraph hun = new Paragraph();
    public final Button bewaren = new Button();
    public final Button overnemen = new Button();

    /**
     * @param maximaal the field's length limit
     * @param kiezen   saves the chosen text over the other's, at the stored version
     */
    public SamenvoegDialog(Samenvoegconflict conflict, String veldNaam, int maximaal, BiConsumer<String, Long> kiezen) {
        setHeaderTitle(getTranslation("samenvoegen.titel", veldNaam));
        setWidth("min(64rem, 96vw)");
        mijn.setLabel(getTranslation("samenvoegen.mijn"));
        mijn.setValue(conflict.mijn() == null ? "" : conflict.mijn());
        mijn.setMaxLength(maximaal);
        mijn.setWidthFull();
        mijn.setMinRows(6);
        mijn.setId("conflict-mijn");
        hun.setText(conflict.hun());
        hun.addClassName("lt-casus-tekst");
        hun.setId("conflict-hun");
        Div links = new Div(mijn);
        Div rechts = new Div(new H4(getTranslation("samenvoegen.hun")), hun);
        Div naastElkaar = new Div(links, rechts);
        naastElkaar.addClassName("lt-bijeenkomst-kolommen");
        bewaren.setText(getTranslation("samenvoegen.bewaren"));
        bewaren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bewaren.setId("conflict-bewaren");
        bewaren.addClickListener(e -> {
            close();
            kiezen.accept(mijn.getValue(), conflict.version());
        });
        overnemen.setText(getTranslation("samenvoegen.overnemen"));
        overnemen.setId("conflict-overnemen");
        overnemen.addClickListener(e -> {
            close();
            kiezen.accept(conflict.hun(), conflict.version());
        });
        add(new Paragraph(getTranslation("samenvoegen.uitleg")), naastElkaar);
        getFooter().add(new Button(getTranslation("samenvoegen.later"), e -> close()), overnemen, bewaren);
    }
}
