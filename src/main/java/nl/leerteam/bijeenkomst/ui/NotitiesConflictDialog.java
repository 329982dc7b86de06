package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.shared.domain.Samenvoegconflict;

import java.util.function.BiConsumer;

/**
 * Both writers changed the same lines of the notes: my text (still editable) beside what the other saved. I save
 * mine, edited or not, or take theirs; closing the dialog keeps my text in the field. Nothing is saved unseen.
 */
final class NotitiesConflictDialog extends Dialog {

    final TextArea mijn = new TextArea();
    final Paragraph hun = new Paragraph();
    final Button bewaren = new Button();
    final Button overnemen = new Button();

    /** @param kiezen saves the chosen text over the other's, at the stored version */
    NotitiesConflictDialog(Samenvoegconflict conflict, BiConsumer<String, Long> kiezen) {
        setHeaderTitle(getTranslation("agendapunt.conflict.titel"));
        setWidth("min(64rem, 96vw)");
        mijn.setLabel(getTranslation("agendapunt.conflict.mijn"));
        mijn.setValue(conflict.mijn() == null ? "" : conflict.mijn());
        mijn.setMaxLength(VerslagService.MAX_NOTITIES);
        mijn.setWidthFull();
        mijn.setMinRows(6);
        mijn.setId("conflict-mijn");
        hun.setText(conflict.hun());
        hun.addClassName("lt-casus-tekst");
        hun.setId("conflict-hun");
        Div links = new Div(mijn);
        Div rechts = new Div(new H4(getTranslation("agendapunt.conflict.hun")), hun);
        Div naastElkaar = new Div(links, rechts);
        naastElkaar.addClassName("lt-bijeenkomst-kolommen");
        bewaren.setText(getTranslation("agendapunt.conflict.bewaren"));
        bewaren.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bewaren.setId("conflict-bewaren");
        bewaren.addClickListener(e -> {
            close();
            kiezen.accept(mijn.getValue(), conflict.version());
        });
        overnemen.setText(getTranslation("agendapunt.conflict.overnemen"));
        overnemen.setId("conflict-overnemen");
        overnemen.addClickListener(e -> {
            close();
            kiezen.accept(conflict.hun(), conflict.version());
        });
        add(new Paragraph(getTranslation("agendapunt.conflict.uitleg")), naastElkaar);
        getFooter().add(new Button(getTranslation("agendapunt.conflict.later"), e -> close()), overnemen, bewaren);
    }
}
