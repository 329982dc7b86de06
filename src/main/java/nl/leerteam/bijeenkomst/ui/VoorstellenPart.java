package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.Voorstellen;

import java.util.UUID;

/**
 * Members' proposals for the agenda, each with a button to put it on this meeting's agenda; a KC of the school who
 * reads along can start a practice card from one (a learning point a teacher shared from a visit, say).
 */
final class VoorstellenPart extends Div {

    VoorstellenPart(UUID bijeenkomstId, Signal<Voorstellen> voorstellen, AgendaService service, Runnable vernieuw) {
        setId("voorstellen");
        Parts.bind(this, voorstellen, nu -> {
            removeAll();
            if (nu.voorstellen().isEmpty()) {
                return;
            }
            add(new H4(getTranslation("bijeenkomst.voorstellen")));
            UnorderedList lijst = new UnorderedList();
            lijst.addClassName("lt-bijdragen");
            for (BijeenkomstDetails.Voorstel v : nu.voorstellen()) {
                Span door = new Span(v.doorNaam());
                door.addClassName("lt-bijdrage-auteur");
                ListItem item = new ListItem(new Span(v.titel()), door);
                if (nu.schikken()) {
                    Button opAgenda = new Button(getTranslation("bijeenkomst.voorstel-op-agenda"),
                            e -> Acties.doe(this, () -> service.voorstelOpAgenda(bijeenkomstId, v.id()), vernieuw));
                    opAgenda.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    item.add(opAgenda);
                }
                if (nu.alsKaart()) {
                    // the platform's page, by path: meetings do not depend on the platform
                    com.vaadin.flow.component.html.Anchor kaart = new com.vaadin.flow.component.html.Anchor(
                            "platform/nieuw/leerpunt/" + v.id(), getTranslation("bijeenkomst.voorstel-als-kaart"));
                    kaart.getElement().setAttribute("router-link", true);
                    kaart.addClassName("voorstel-als-kaart");
                    item.add(new Span(" "), kaart);
                }
                if (v.toelichting() != null) {
                    Span toelichting = new Span(v.toelichting());
                    toelichting.addClassName("lt-antwoord");
                    item.add(toelichting);
                }
                lijst.add(item);
            }
            add(lijst);
        });
    }
}
