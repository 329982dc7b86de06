package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.signals.Signal;
import nl.leerteam.shared.ui.Parts;
import com.vaadin.flow.signals.local.ListSignal;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstPagina.Agenda;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.shared.ui.Lijsten;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The agenda, numbered, with the item the facilitator is on and the item the reader looks at; members
 * move and remove items. Choosing an item shows it; the facilitator of a running meeting moves
 * everybody there.
 */
final class AgendaPart extends Div {

    /** One item in its place, and what the reader may do with it. */
    record Regel(Agenda.Regel punt, boolean eerste, boolean laatste, boolean schikken, boolean verwijderen) {
    }

    final OrderedList lijst = new OrderedList();
    /** For facilitator and note taker: what was taken off the agenda, to put back. */
    final Button verwijderd = new Button();
    private final Paragraph leeg = new Paragraph();
    private final ListSignal<Regel> regels = new ListSignal<>();
    private final ValueSignal<UUID> huidig = new ValueSignal<>(null);

    AgendaPart(UUID bijeenkomstId, Signal<Agenda> agenda, ValueSignal<UUID> gekozen, Supplier<Long> versie,
               BijeenkomstService service, AgendaService agendaService, Runnable vernieuw) {
        lijst.addClassName("lt-agenda");
        lijst.setId("agenda");
        leeg.setText(getTranslation("bijeenkomst.agenda-leeg"));
        leeg.addClassName("lt-muted");
        verwijderd.setText(getTranslation("agendapunt.verwijderd"));
        verwijderd.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        verwijderd.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        verwijderd.setId("agenda-verwijderd");
        verwijderd.setVisible(false);
        verwijderd.addClickListener(e -> terugzetten(bijeenkomstId, agendaService, vernieuw));
        add(lijst, leeg, verwijderd);
        lijst.bindChildren(regels, regel -> item(regel, gekozen, () -> {
            Agenda.Regel punt = regel.peek().punt();
            if (agenda.peek().leiden()) {
                Acties.doe(this, () -> service.naarAgendapunt(bijeenkomstId, punt.id(), versie.get()), vernieuw);
            } else {
                gekozen.set(punt.id());
            }
        }, agendaService, vernieuw));
        Parts.bind(this, agenda, nu -> {
            int aantal = nu.punten().size();
            Lijsten.zet(regels, IntStream.range(0, aantal).mapToObj(i -> new Regel(nu.punten().get(i), i == 0, i == aantal - 1,
                    nu.schikken(), nu.verwijderen())).toList(), r -> r.punt().id());
            huidig.set(nu.huidigId());
            verwijderd.setVisible(nu.verwijderen());
            leeg.setVisible(aantal == 0);
        });
    }

    private ListItem item(Signal<Regel> regel, Signal<UUID> gekozen, Runnable kies, AgendaService agendaService, Runnable vernieuw) {
        Button naam = new Button();
        naam.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        naam.addClickListener(e -> kies.run());
        ListItem item = new ListItem(naam);
        Div knoppen = new Div();
        knoppen.addClassName("lt-agenda-knoppen");
        item.add(knoppen);
        Signal.effect(item, () -> {
            Regel nu = regel.get();
            Agenda.Regel p = nu.punt();
            naam.setText(p.titel());
            naam.setIcon((switch (p.soort()) {
                case CASUS -> VaadinIcon.USER;
                case TRENDGESPREK -> VaadinIcon.CHART;
                case ONDERWERP -> VaadinIcon.COMMENT_O;
                case PRAKTIJKKAART -> VaadinIcon.LIGHTBULB;
                case PLATFORMVRAAG -> VaadinIcon.QUESTION_CIRCLE_O;
                case TRENDVERGELIJKING -> VaadinIcon.BAR_CHART;
            }).create());
            knoppen.removeAll();
            if (nu.schikken()) {
                knoppen.add(Acties.klein(this, VaadinIcon.ARROW_UP, "agendapunt.omhoog", !nu.eerste(),
                                () -> agendaService.agendapuntVerplaatsen(p.id(), true), vernieuw),
                        Acties.klein(this, VaadinIcon.ARROW_DOWN, "agendapunt.omlaag", !nu.laatste(),
                                () -> agendaService.agendapuntVerplaatsen(p.id(), false), vernieuw));
            }
            if (nu.verwijderen()) {
                // asks first; the item keeps its notes and decisions and can be put back
                Button weg = new Button(VaadinIcon.TRASH.create(), e -> {
                    com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                            getTranslation("agendapunt.verwijderen-vraag", p.titel()), getTranslation("agendapunt.verwijderen-uitleg"),
                            getTranslation("agendapunt.verwijderen"), bevestigd -> nl.leerteam.shared.ui.Meldingen.opslaan(this, java.util.Map.of(),
                                    () -> agendaService.agendapuntVerwijderen(p.id(), p.version())));
                    vraag.setCancelable(true);
                    vraag.setCancelText(getTranslation("actie.annuleren"));
                    vraag.setConfirmButtonTheme("error primary");
                    vraag.addConfirmListener(b -> vernieuw.run());
                    vraag.open();
                });
                weg.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                weg.setAriaLabel(getTranslation("agendapunt.verwijderen"));
                weg.addClassName("agendapunt-verwijderen");
                knoppen.add(weg);
            }
        });
        Signal.effect(item, () -> {
            UUID id = regel.get().punt().id();
            Element element = item.getElement();
            boolean isHuidig = id.equals(huidig.get());
            element.getClassList().set("lt-huidig", isHuidig);
            element.getClassList().set("lt-gekozen", id.equals(gekozen.get()));
            if (isHuidig) {
                element.setAttribute("aria-current", "step");
            } else {
                element.removeAttribute("aria-current");
            }
        });
        return item;
    }

    /** The items taken off the agenda, each with a button that puts it back with its notes and decisions. */
    private void terugzetten(UUID bijeenkomstId, AgendaService agendaService, Runnable vernieuw) {
        com.vaadin.flow.component.dialog.Dialog dialoog = new com.vaadin.flow.component.dialog.Dialog();
        dialoog.setHeaderTitle(getTranslation("agendapunt.verwijderd"));
        java.util.List<nl.leerteam.bijeenkomst.BijeenkomstDetails.VerwijderdPunt> punten = agendaService.verwijderdePunten(bijeenkomstId);
        if (punten.isEmpty()) {
            dialoog.add(new Paragraph(getTranslation("agendapunt.verwijderd-geen")));
        }
        punten.forEach(p -> {
            Button terug = new Button(getTranslation("agendapunt.terugzetten", p.titel()), e -> nl.leerteam.shared.ui.Meldingen.opslaan(this,
                    java.util.Map.of(), () -> {
                        agendaService.agendapuntHerstellen(bijeenkomstId, p.id());
                        dialoog.close();
                        vernieuw.run();
                    }));
            terug.addClassName("agendapunt-terugzetten");
            dialoog.add(new Div(terug));
        });
        dialoog.getFooter().add(new Button(getTranslation("actie.sluiten"), e -> dialoog.close()));
        dialoog.open();
    }

    /** The titles of the items, in order, for tests. */
    java.util.List<String> titels() {
        return regels.peekValues().map(r -> r.punt().titel()).filter(Objects::nonNull).toList();
    }
}
