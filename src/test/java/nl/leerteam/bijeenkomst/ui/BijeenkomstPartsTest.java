package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.signals.local.ValueSignal;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstPagina;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.BijeenkomstStatus;
import nl.leerteam.bijeenkomst.Persoon;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.leerlingbespreking.BesprekingService;
import nl.leerteam.shared.live.LiveUpdates;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each part of a meeting on its own: it shows its record, and a new record changes only what differs. */
class BijeenkomstPartsTest extends KaribuTest {

    @Autowired
    BijeenkomstService service;
    @Autowired
    AgendaService agendaService;
    @Autowired
    VerslagService verslagService;
    @Autowired
    BesprekingService besprekingen;
    @Autowired
    nl.leerteam.trends.ui.TrendgesprekDiensten trendgesprekken;
    @Autowired
    LiveUpdates live;

    private final UUID bijeenkomst = UUID.randomUUID();
    private final Persoon lotte = new Persoon(UUID.randomUUID(), "Lotte Mulder");
    private final Persoon daan = new Persoon(UUID.randomUUID(), "Daan Smit");

    private static <C extends Component> C opScherm(C part) {
        UI.getCurrent().add(part);
        return part;
    }

    private BijeenkomstPagina.Kop kop(BijeenkomstStatus status, String link, boolean leid) {
        return new BijeenkomstPagina.Kop(UUID.randomUUID(), "Bovenbouw", new BijeenkomstFormulier("Overleg", LocalDate.of(2026, 12, 3),
                LocalTime.of(15, 0), LocalTime.of(16, 30), link == null ? "Teamkamer" : null, link, lotte.id(), daan.id(), 2L),
                status, "Lotte Mulder", "Daan Smit", true, leid && status == BijeenkomstStatus.GEPLAND,
                leid && status == BijeenkomstStatus.BEZIG, List.of(lotte, daan));
    }

    private static BijeenkomstDetails.Agendapunt punt(String titel, String notities, long version,
                                                      List<BijeenkomstDetails.Besluit> besluiten) {
        return new BijeenkomstDetails.Agendapunt(UUID.nameUUIDFromBytes(titel.getBytes()), AgendapuntSoort.ONDERWERP, null, null, null, titel,
                notities, besluiten, List.of(), version);
    }

    @Test
    void the_head_shows_when_and_where_and_gives_the_facilitator_the_buttons_of_the_moment() {
        ValueSignal<BijeenkomstPagina.Kop> kop = new ValueSignal<>(kop(BijeenkomstStatus.GEPLAND, null, true));
        KopPart part = opScherm(new KopPart(bijeenkomst, kop, new com.vaadin.flow.component.html.Span(), service, null, () -> {
        }));
        assertThat(part.titel.getText()).isEqualTo("Overleg");
        assertThat(part.wanneer.getText()).endsWith(", van 15:00 tot 16:30 · Teamkamer · Gepland");
        assertThat(part.rollen.getText()).isEqualTo("Voorzitter: Lotte Mulder · notulist: Daan Smit");
        assertThat(part.starten.isVisible()).isTrue();
        assertThat(part.afronden).as("made when the meeting runs").isNull();
        assertThat(part.link.isVisible()).isFalse();

        kop.set(kop(BijeenkomstStatus.BEZIG, "https://meet.example.org/bovenbouw", true));
        assertThat(part.wanneer.getText()).endsWith("· Bezig");
        assertThat(part.starten.isVisible()).isFalse();
        assertThat(part.afronden.isVisible()).isTrue();
        assertThat(part.link.isVisible()).isTrue();
        assertThat(part.link.getHref()).isEqualTo("https://meet.example.org/bovenbouw");

        kop.set(kop(BijeenkomstStatus.BEZIG, null, false));
        assertThat(part.afronden.isVisible()).as("only the facilitator closes").isFalse();
    }

    @Test
    void presence_shows_who_has_the_meeting_open() {
        ValueSignal<BijeenkomstPagina.Aanwezig> aanwezig = new ValueSignal<>(new BijeenkomstPagina.Aanwezig(List.of(lotte)));
        AanwezigPart part = opScherm(new AanwezigPart(aanwezig));
        assertThat(part.getItems()).extracting(i -> i.getName()).containsExactly("Lotte Mulder");
        aanwezig.set(new BijeenkomstPagina.Aanwezig(List.of(daan, lotte)));
        assertThat(part.getItems()).extracting(i -> i.getName()).containsExactly("Daan Smit", "Lotte Mulder");
    }

    @Test
    void the_agenda_marks_the_current_and_the_chosen_item_and_keeps_the_items_that_did_not_change() {
        BijeenkomstPagina.Agenda.Regel rapporten = new BijeenkomstPagina.Agenda.Regel(UUID.randomUUID(), AgendapuntSoort.ONDERWERP,
                "Rapporten", 0);
        BijeenkomstPagina.Agenda.Regel toetsen = new BijeenkomstPagina.Agenda.Regel(UUID.randomUUID(), AgendapuntSoort.ONDERWERP,
                "Toetsen", 0);
        ValueSignal<BijeenkomstPagina.Agenda> agenda = new ValueSignal<>(new BijeenkomstPagina.Agenda(List.of(rapporten), null, true, false, true, AgendapuntSoort.LEERTEAM));
        ValueSignal<UUID> gekozen = new ValueSignal<>(rapporten.id());
        AgendaPart part = opScherm(new AgendaPart(bijeenkomst, agenda, gekozen, () -> 0L, service, agendaService, () -> {
        }));
        assertThat(part.titels()).containsExactly("Rapporten");
        Component eerste = part.lijst.getComponentAt(0);
        assertThat(eerste.getElement().getClassList()).contains("lt-gekozen");
        assertThat(_find(eerste, com.vaadin.flow.component.button.Button.class)).as("the title and three buttons to arrange")
                .hasSize(4);

        agenda.set(new BijeenkomstPagina.Agenda(List.of(rapporten, toetsen), toetsen.id(), true, false, true, AgendapuntSoort.LEERTEAM));
        assertThat(part.titels()).containsExactly("Rapporten", "Toetsen");
        assertThat(part.lijst.getComponentAt(0)).isSameAs(eerste);
        assertThat(part.lijst.getComponentAt(1).getElement().getAttribute("aria-current")).isEqualTo("step");

        _click((com.vaadin.flow.component.button.Button) part.lijst.getComponentAt(1).getChildren().findFirst().orElseThrow());
        assertThat(gekozen.peek()).as("a reader's choice, not the facilitator's").isEqualTo(toetsen.id());
        assertThat(part.lijst.getComponentAt(1).getElement().getClassList()).contains("lt-gekozen");
        assertThat(eerste.getElement().getClassList()).doesNotContain("lt-gekozen");

        agenda.set(new BijeenkomstPagina.Agenda(List.of(rapporten, toetsen), toetsen.id(), false, false, false, AgendapuntSoort.LEERTEAM));
        assertThat(_find(eerste, com.vaadin.flow.component.button.Button.class)).as("a reader arranges nothing").hasSize(1);
    }

    @Test
    void adding_to_the_agenda_is_there_for_members_of_a_meeting_that_has_not_ended() {
        ValueSignal<BijeenkomstPagina.Agenda> agenda = new ValueSignal<>(new BijeenkomstPagina.Agenda(List.of(), null, true, false, true, AgendapuntSoort.LEERTEAM));
        AgendaInvoerPart part = opScherm(new AgendaInvoerPart(bijeenkomst, agenda, agendaService, () -> {
        }));
        assertThat(part.isVisible()).isTrue();
        agenda.set(new BijeenkomstPagina.Agenda(List.of(), null, false, false, false, AgendapuntSoort.LEERTEAM));
        assertThat(part.isVisible()).isFalse();
    }

    @Test
    void proposals_and_open_action_items_show_beside_the_agenda() {
        ValueSignal<BijeenkomstPagina.Voorstellen> voorstellen = new ValueSignal<>(new BijeenkomstPagina.Voorstellen(List.of()));
        VoorstellenPart lijst = opScherm(new VoorstellenPart(bijeenkomst, voorstellen, agendaService, () -> {
        }));
        assertThat(lijst.getChildren()).isEmpty();
        voorstellen.set(new BijeenkomstPagina.Voorstellen(List.of(new BijeenkomstDetails.Voorstel(UUID.randomUUID(),
                "Wisbordjes", "Iedereen schrijft mee.", "Daan Smit"))));
        assertThat(lijst.getElement().getTextRecursively()).contains("Wisbordjes", "Daan Smit", "Iedereen schrijft mee.");
        assertThat(_find(lijst, com.vaadin.flow.component.html.Anchor.class)).as("a member puts it on the agenda").isEmpty();
        UUID leerpunt = UUID.randomUUID();
        voorstellen.set(new BijeenkomstPagina.Voorstellen(List.of(new BijeenkomstDetails.Voorstel(leerpunt, "Wisbordjes",
                "Iedereen schrijft mee.", "Daan Smit")), false, true));
        assertThat(_find(lijst, com.vaadin.flow.component.button.Button.class)).as("the KC reading along does not arrange").isEmpty();
        assertThat(_get(lijst, com.vaadin.flow.component.html.Anchor.class).getHref()).isEqualTo("platform/nieuw/leerpunt/" + leerpunt);

        BijeenkomstDetails.Actiepunt analyse = new BijeenkomstDetails.Actiepunt(UUID.randomUUID(), "Toetsanalyse delen", daan.id(),
                "Daan Smit", LocalDate.of(2026, 12, 10), false, 0);
        ValueSignal<BijeenkomstPagina.OpenActiepunten> open = new ValueSignal<>(new BijeenkomstPagina.OpenActiepunten(List.of(analyse), false));
        opScherm(new OpenActiepuntenPart(bijeenkomst, open, verslagService, () -> {
        }));
        Checkbox gedaan = _find(Checkbox.class).getFirst();
        assertThat(gedaan.getLabel()).startsWith("Toetsanalyse delen — Daan Smit");
        assertThat(gedaan.isReadOnly()).as("only members tick off").isTrue();
    }

    @Test
    void the_item_shown_has_its_notes_for_readers_and_a_field_for_the_writers_that_keeps_their_text() {
        ValueSignal<PuntPart.Gekozen> gekozen = new ValueSignal<>(new PuntPart.Gekozen(null, true, false, LocalDate.now(), List.of()));
        PuntPart part = opScherm(new PuntPart(gekozen, verslagService, besprekingen, trendgesprekken, live, () -> {
        }));
        assertThat(part.getElement().getTextRecursively()).contains("Zet een casus of onderwerp op de agenda.");

        gekozen.set(new PuntPart.Gekozen(punt("Rapporten", null, 0, List.of()), false, false, LocalDate.now(), List.of()));
        assertThat(part.titel.getText()).isEqualTo("Rapporten");
        assertThat(part.notities.tekst.getText()).isEqualTo("Nog geen notities.");
        assertThat(part.notities.notities).as("a reader gets no field to write in").isNull();
        assertThat(part.notities.schrijven).as("nor a button to open one").isNull();

        gekozen.set(new PuntPart.Gekozen(punt("Rapporten", "Eerste aanzet", 1, List.of()), true, true, LocalDate.now(),
                List.of(lotte, daan)));
        assertThat(part.notities.tekst.getText()).as("a writer reads the notes until she starts writing").isEqualTo("Eerste aanzet");
        assertThat(part.notities.notities).isNull();
        assertThat(part.besluiten.besluit).isNull();
        assertThat(part.actiepunten.actiepunt).isNull();
        _click(part.notities.schrijven);
        assertThat(part.notities.tekst.isVisible()).isFalse();
        assertThat(part.notities.notities.getValue()).isEqualTo("Eerste aanzet");
        part.notities.notities.setValue("Eerste aanzet, en mijn aanvulling");

        gekozen.set(new PuntPart.Gekozen(punt("Rapporten", "Eerste aanzet van de voorzitter", 2,
                List.of(new BijeenkomstDetails.Besluit(UUID.randomUUID(), "Rapporten in maart"))), true, true, LocalDate.now(),
                List.of(lotte, daan)));
        assertThat(part.notities.notities.getValue()).as("the writer's text stays").isEqualTo("Eerste aanzet, en mijn aanvulling");
        assertThat(part.notities.elders.isVisible()).as("and she is told someone else saved").isTrue();
        assertThat(part.besluiten.lijst.getElement().getTextRecursively()).contains("Rapporten in maart");
        _click(part.actiepunten.nieuw);
        assertThat(part.actiepunten.eigenaar.getListDataView().getItems()).containsExactly(lotte, daan);
        assertThat(part.actiepunten.deadline.getValue()).as("two weeks after the meeting").isEqualTo(LocalDate.now().plusWeeks(2));
        _click(part.besluiten.nieuw);
        assertThat(part.besluiten.besluit.isVisible()).isTrue();

        gekozen.set(new PuntPart.Gekozen(punt("Rapporten", "Eerste aanzet van de voorzitter", 2, List.of()), false, false,
                LocalDate.now(), List.of(lotte, daan)));
        assertThat(part.notities.notities.isVisible()).as("a writer who no longer writes reads again").isFalse();
        assertThat(part.notities.tekst.getText()).isEqualTo("Eerste aanzet van de voorzitter");
        assertThat(part.besluiten.besluit.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(part.actiepunten.actiepunt.getParent().orElseThrow().isVisible()).isFalse();
    }
}
