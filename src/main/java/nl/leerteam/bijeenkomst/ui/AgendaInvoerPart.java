package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.Agenda;
import nl.leerteam.privacy.ui.PrivacyOpslaan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A member adds a free topic, one of the leerteam's open cases or a running trend discussion of the school to the agenda;
 * in a meeting of the board's KC-platform a practice card, a question to peers or the schools' results side by side.
 */
final class AgendaInvoerPart extends Div {

    /** Opens the fields: most members look at the agenda far more often than they add to it. */
    final Button nieuw;
    Select<AgendapuntSoort> soort;
    TextField titel;
    Button toevoegen;
    /** Made when someone first puts a case on the agenda; most items are topics. */
    ComboBox<BijeenkomstDetails.CasusKeuze> casus;
    /** Made when someone first puts a trend discussion of the school on the agenda. */
    ComboBox<Map.Entry<UUID, String>> trendgesprek;
    /** Made when someone first puts a card or a question of the KC-platform on the agenda. */
    ComboBox<Map.Entry<UUID, String>> verwijzing;
    private AgendapuntSoort verwijzingSoort;
    private List<AgendapuntSoort> soorten = AgendapuntSoort.LEERTEAM;
    private final UUID bijeenkomstId;
    private final AgendaService service;
    private final Runnable vernieuw;

    AgendaInvoerPart(UUID bijeenkomstId, Signal<Agenda> agenda, AgendaService service, Runnable vernieuw) {
        this.bijeenkomstId = bijeenkomstId;
        this.service = service;
        this.vernieuw = vernieuw;
        addClassName("lt-invoer");
        nieuw = Acties.openen(this, VaadinIcon.PLUS, "agendapunt-nieuw", "agendapunt.nieuw", this::velden);
        Parts.bind(this, agenda, nu -> {
            setVisible(nu.schikken());
            soorten = nu.soorten();
        });
    }

    /** The fields to add a topic or a case. */
    private List<Component> velden() {
        soort = new Select<>();
        titel = new TextField();
        toevoegen = new Button();
        soort.setItems(soorten);
        soort.setItemLabelGenerator(s -> getTranslation("agendapunt.soort." + s.name().toLowerCase(Locale.ROOT)));
        soort.setValue(AgendapuntSoort.ONDERWERP);
        soort.setAriaLabel(getTranslation("agendapunt.soort"));
        soort.setId("agendapunt-soort");
        soort.addValueChangeListener(e -> toonVelden());
        titel.setPlaceholder(getTranslation("agendapunt.onderwerp"));
        titel.setAriaLabel(getTranslation("agendapunt.onderwerp"));
        titel.setMaxLength(AgendaService.MAX_AGENDATITEL);
        titel.setId("agendapunt-titel");
        toevoegen.setText(getTranslation("agendapunt.toevoegen"));
        toevoegen.setIcon(VaadinIcon.PLUS.create());
        toevoegen.setId("agendapunt-toevoegen");
        toevoegen.addClickListener(e -> {
            Map<String, HasValidation> velden = new java.util.HashMap<>(Map.of("titel", titel));
            if (casus != null) {
                velden.put("casus", casus);
            }
            if (trendgesprek != null) {
                velden.put("trendgesprek", trendgesprek);
            }
            if (verwijzing != null) {
                velden.put(verwijzingSoort.name().toLowerCase(Locale.ROOT), verwijzing);
            }
            UUID gekozen = switch (soort.getValue()) {
                case CASUS -> casus == null || casus.getValue() == null ? null : casus.getValue().casusId();
                case TRENDGESPREK -> trendgesprek == null || trendgesprek.getValue() == null ? null : trendgesprek.getValue().getKey();
                case PRAKTIJKKAART, PLATFORMVRAAG -> verwijzing == null || verwijzing.getValue() == null ? null
                        : verwijzing.getValue().getKey();
                case ONDERWERP, TRENDVERGELIJKING -> null;
            };
            PrivacyOpslaan.opslaan(this, velden, Map.of("titel", getTranslation("agendapunt.onderwerp")),
                    bevestigd -> service.agendapuntToevoegen(bijeenkomstId, soort.getValue(), gekozen, titel.getValue(), bevestigd),
                    () -> {
                        titel.clear();
                        if (casus != null) {
                            casus.clear();
                            casus.setItems(service.casusKeuzes(bijeenkomstId));
                        }
                        if (trendgesprek != null) {
                            trendgesprek.clear();
                            trendgesprek.setItems(List.copyOf(service.trendgesprekKeuzes(bijeenkomstId).entrySet()));
                        }
                        if (verwijzing != null) {
                            verwijzing.clear();
                        }
                        vernieuw.run();
                    });
        });
        titel.focus();
        return List.of(soort, titel, toevoegen);
    }

    private void toonVelden() {
        boolean isCasus = soort.getValue() == AgendapuntSoort.CASUS;
        if (isCasus && casus == null) {
            casus = new ComboBox<>();
            casus.setItemLabelGenerator(c -> getTranslation("casus.titel", c.pseudoniem(), c.groep()));
            casus.setPlaceholder(getTranslation("agendapunt.kies-casus"));
            casus.setAriaLabel(getTranslation("agendapunt.kies-casus"));
            casus.setItems(service.casusKeuzes(bijeenkomstId));
            addComponentAtIndex(1, casus);
        }
        boolean isTrendgesprek = soort.getValue() == AgendapuntSoort.TRENDGESPREK;
        if (isTrendgesprek && trendgesprek == null) {
            trendgesprek = new ComboBox<>();
            trendgesprek.setItemLabelGenerator(Map.Entry::getValue);
            trendgesprek.setPlaceholder(getTranslation("agendapunt.kies-trendgesprek"));
            trendgesprek.setAriaLabel(getTranslation("agendapunt.kies-trendgesprek"));
            trendgesprek.setItems(List.copyOf(service.trendgesprekKeuzes(bijeenkomstId).entrySet()));
            trendgesprek.setId("agendapunt-trendgesprek");
            addComponentAtIndex(1, trendgesprek);
        }
        boolean isVerwijzing = soort.getValue() == AgendapuntSoort.PRAKTIJKKAART || soort.getValue() == AgendapuntSoort.PLATFORMVRAAG;
        if (isVerwijzing && verwijzing == null) {
            verwijzing = new ComboBox<>();
            verwijzing.setItemLabelGenerator(Map.Entry::getValue);
            verwijzing.setId("agendapunt-verwijzing");
            addComponentAtIndex(1, verwijzing);
        }
        if (isVerwijzing && soort.getValue() != verwijzingSoort) {
            verwijzingSoort = soort.getValue();
            String key = "agendapunt.kies-" + verwijzingSoort.name().toLowerCase(Locale.ROOT);
            verwijzing.clear();
            verwijzing.setPlaceholder(getTranslation(key));
            verwijzing.setAriaLabel(getTranslation(key));
            verwijzing.setItems(List.copyOf(service.verwijzingKeuzes(bijeenkomstId, verwijzingSoort).entrySet()));
        }
        if (casus != null) {
            casus.setVisible(isCasus);
        }
        if (trendgesprek != null) {
            trendgesprek.setVisible(isTrendgesprek);
        }
        if (verwijzing != null) {
            verwijzing.setVisible(isVerwijzing);
        }
        titel.setVisible(!isCasus && !isTrendgesprek && !isVerwijzing);
    }
}
