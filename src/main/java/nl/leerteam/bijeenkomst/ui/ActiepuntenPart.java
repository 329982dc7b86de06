package nl.leerteam.bijeenkomst.ui;

import nl.leerteam.shared.ui.Datumveld;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.privacy.ui.PrivacyOpslaan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The action items made on an agenda item: who does what by when; facilitator and note taker add them. */
final class ActiepuntenPart extends Div {

    /** @param datum the meeting's date, from which a new action item's deadline is proposed */
    record Actiepunten(UUID puntId, List<BijeenkomstDetails.Actiepunt> actiepunten, boolean schrijf, LocalDate datum,
                       List<Persoon> leden) {
    }

    final UnorderedList lijst = new UnorderedList();
    /** Opens the fields, for facilitator and note taker; the fields themselves are made when they first use them. */
    Button nieuw;
    TextField actiepunt;
    ComboBox<Persoon> eigenaar;
    Datumveld deadline;
    Button toevoegen;
    private Div invoer;

    ActiepuntenPart(Signal<Actiepunten> signaal, VerslagService service, Runnable vernieuw) {
        lijst.addClassName("lt-bijdragen");
        lijst.setId("actiepunten");
        add(new H4(getTranslation("agendapunt.actiepunten")), lijst);
        Parts.bind(this, signaal, nu -> {
            lijst.removeAll();
            nu.actiepunten().forEach(a -> lijst.add(new ListItem(PuntPart.actiepuntTekst(this, a))));
            if (nu.schrijf() && invoer == null) {
                invoer = Acties.rij();
                nieuw = Acties.openen(invoer, VaadinIcon.PLUS, "actiepunt-nieuw", "agendapunt.actiepunt-nieuw",
                        () -> invoer(signaal, service, vernieuw));
                add(invoer);
            }
            if (invoer != null) {
                invoer.setVisible(nu.schrijf());
                keuzes(nu);
            }
        });
    }

    /** Who can be chosen, and a deadline two weeks after the meeting unless one was chosen. */
    private void keuzes(Actiepunten nu) {
        if (eigenaar == null) {
            return;
        }
        eigenaar.setItems(nu.leden());
        if (deadline.getValue() == null) {
            deadline.setValue(nu.datum().plusWeeks(2));
        }
    }

    private List<Component> invoer(Signal<Actiepunten> signaal, VerslagService service, Runnable vernieuw) {
        actiepunt = new TextField(getTranslation("agendapunt.actiepunt"));
        actiepunt.setMaxLength(VerslagService.MAX_ACTIEPUNT);
        actiepunt.setId("actiepunt");
        eigenaar = new ComboBox<>(getTranslation("agendapunt.wie"));
        eigenaar.setItemLabelGenerator(Persoon::naam);
        eigenaar.setId("actiepunt-eigenaar");
        deadline = new Datumveld(getTranslation("agendapunt.wanneer"));
        deadline.setId("actiepunt-deadline");
        toevoegen = new Button(getTranslation("agendapunt.actiepunt-toevoegen"), VaadinIcon.PLUS.create());
        toevoegen.setId("actiepunt-toevoegen");
        Map<String, HasValidation> velden = Map.of("actiepunt", actiepunt, "eigenaar", eigenaar, "deadline", deadline);
        toevoegen.addClickListener(e -> PrivacyOpslaan.opslaan(this, velden, Map.of("actiepunt", actiepunt.getLabel()),
                bevestigd -> service.actiepuntToevoegen(signaal.peek().puntId(), actiepunt.getValue(),
                        eigenaar.getValue() == null ? null : eigenaar.getValue().id(), deadline.getValue(), bevestigd), () -> {
                    actiepunt.clear();
                    vernieuw.run();
                }));
        keuzes(signaal.peek());
        actiepunt.focus();
        return List.of(actiepunt, eigenaar, deadline, toevoegen);
    }
}
