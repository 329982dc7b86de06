package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.OpenActiepunten;
import nl.leerteam.bijeenkomst.VerslagService;

import java.util.UUID;

/** The action items of earlier meetings that are still open: members tick them off here. */
final class OpenActiepuntenPart extends Div {

    OpenActiepuntenPart(UUID bijeenkomstId, Signal<OpenActiepunten> open, VerslagService service, Runnable vernieuw) {
        setId("open-actiepunten");
        Parts.bind(this, open, nu -> {
            removeAll();
            if (nu.actiepunten().isEmpty()) {
                return;
            }
            add(new H4(getTranslation("bijeenkomst.open-actiepunten")));
            UnorderedList lijst = new UnorderedList();
            lijst.addClassName("lt-bijdragen");
            for (BijeenkomstDetails.Actiepunt a : nu.actiepunten()) {
                Checkbox gedaan = new Checkbox(PuntPart.actiepuntTekst(this, a), a.afgerond());
                gedaan.setReadOnly(!nu.afvinken());
                gedaan.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        Acties.doe(this, () -> service.actiepuntAfvinken(a.id(), e.getValue(), bijeenkomstId, a.version()), vernieuw);
                    }
                });
                lijst.add(new ListItem(gedaan));
            }
            add(lijst);
        });
    }
}
