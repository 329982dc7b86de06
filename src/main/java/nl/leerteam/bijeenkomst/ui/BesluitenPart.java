package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decisions taken on an agenda item; facilitator and note taker add and remove them. */
final class BesluitenPart extends Div {

    record Besluiten(UUID puntId, List<BijeenkomstDetails.Besluit> besluiten, boolean schrijf) {
    }

    final UnorderedList lijst = new UnorderedList();
    /** Opens the field, for facilitator and note taker; the field itself is made when they first use it. */
    Button nieuw;
    TextField besluit;
    Button toevoegen;
    private Div invoer;

    BesluitenPart(Signal<Besluiten> signaal, VerslagService service, Runnable vernieuw) {
        lijst.addClassName("lt-bijdragen");
        lijst.setId("besluiten");
        add(new H4(getTranslation("agendapunt.besluiten")), lijst);
        Parts.bind(this, signaal, nu -> {
            lijst.removeAll();
            for (BijeenkomstDetails.Besluit b : nu.besluiten()) {
                ListItem item = new ListItem(new Span(b.tekst()));
                if (nl.leerteam.shared.security.CurrentUser.find().map(ik -> ik.heeft(nl.leerteam.shared.security.Rol.KC)).orElse(false)) {
                    // the platform takes only this decision's text; it is reached by its path, so meetings need no platform
                    com.vaadin.flow.component.button.Button delen = new com.vaadin.flow.component.button.Button(
                            getTranslation("platform.vanschool.delen"), e -> getUI().ifPresent(ui -> ui.navigate("platform/nieuw/besluit/" + b.id())));
                    delen.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                            com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
                    delen.setAriaLabel(getTranslation("platform.vanschool.delen-van", b.tekst()));
                    delen.addClassName("besluit-delen");
                    item.add(delen);
                }
                if (nu.schrijf()) {
                    item.add(Acties.klein(this, VaadinIcon.TRASH, "agendapunt.besluit-verwijderen", true,
                            () -> service.besluitVerwijderen(b.id()), vernieuw));
                }
                lijst.add(item);
            }
            if (nu.schrijf() && invoer == null) {
                invoer = Acties.rij();
                nieuw = Acties.openen(invoer, VaadinIcon.PLUS, "besluit-nieuw", "agendapunt.besluit-nieuw",
                        () -> invoer(signaal, service, vernieuw));
                add(invoer);
            }
            if (invoer != null) {
                invoer.setVisible(nu.schrijf());
            }
        });
    }

    private List<Component> invoer(Signal<Besluiten> signaal, VerslagService service, Runnable vernieuw) {
        besluit = new TextField(getTranslation("agendapunt.besluit"));
        besluit.setMaxLength(VerslagService.MAX_BESLUIT);
        besluit.setId("besluit");
        toevoegen = new Button(getTranslation("agendapunt.besluit-toevoegen"), VaadinIcon.PLUS.create());
        toevoegen.setId("besluit-toevoegen");
        toevoegen.addClickListener(e -> PrivacyOpslaan.opslaan(this, Map.of("besluit", besluit), Map.of("besluit", besluit.getLabel()),
                bevestigd -> service.besluitToevoegen(signaal.peek().puntId(), besluit.getValue(), bevestigd), () -> {
                    besluit.clear();
                    vernieuw.run();
                }));
        besluit.focus();
        return List.of(besluit, toevoegen);
    }
}
