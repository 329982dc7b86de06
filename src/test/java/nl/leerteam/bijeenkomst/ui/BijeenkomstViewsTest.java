package nl.leerteam.bijeenkomst.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import nl.leerteam.bijeenkomst.AgendapuntSoort;
import nl.leerteam.bijeenkomst.BijeenkomstDetails;
import nl.leerteam.bijeenkomst.BijeenkomstFormulier;
import nl.leerteam.bijeenkomst.BijeenkomstService;
import nl.leerteam.bijeenkomst.VerslagService;
import nl.leerteam.bijeenkomst.AgendaService;
import nl.leerteam.leerlingbespreking.CasusFormulier;
import nl.leerteam.leerlingbespreking.CasusService;

import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.ui.MijnLeerteamsView;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.shared.ui.GeenToegangFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BijeenkomstViewsTest extends KaribuTest {

    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BijeenkomstService service;
    @Autowired
    VerslagService verslagService;
    @Autowired
    AgendaService agendaService;
    @Autowired
    CasusService casussen;

    private UUID bovenbouw;

    @BeforeEach
    void bovenbouwVanDeRegenboog() {
        Inloggen.als(inlog, "lotte");
        bovenbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        Inloggen.uit();
    }

    /** An "Overleg" of the bovenbouw in {@code dagen} days, chaired and minuted by Lotte, who must be logged in. */
    private UUID overlegVanLotte(int dagen) {
        UUID lotte = CurrentUser.require().gebruikerId();
        return service.plannen(bovenbouw, new BijeenkomstFormulier("Overleg", LocalDate.now().plusDays(dagen),
                LocalTime.of(15, 0), LocalTime.of(16, 0), "Teamkamer", null, lotte, lotte, null), false);
    }

    private static List<String> items(String id) {
        return _get(UnorderedList.class, spec -> spec.withId(id)).getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively()).toList();
    }

    @Test
    void a_teacher_plans_a_meeting_from_her_leerteam_card_and_runs_it_with_notes_decisions_and_action_items() {
        login("lotte");
        UI.getCurrent().navigate(MijnLeerteamsView.class);
        RouterLink link = _get(RouterLink.class, spec -> spec.withText("Bijeenkomsten"));
        assertThat(link.getHref()).isEqualTo("leerteams/" + bovenbouw + "/bijeenkomsten");
        UI.getCurrent().navigate(BijeenkomstenView.class, new com.vaadin.flow.router.RouteParameters("leerteamId", bovenbouw.toString()));
        BijeenkomstenView lijst = _get(BijeenkomstenView.class);
        assertThat(lijst.titel.getText()).isEqualTo("Bijeenkomsten van Bovenbouw");

        _click(lijst.plannen);
        BijeenkomstDialog plan = _get(BijeenkomstDialog.class);
        assertThat(plan.voorzitter.getValue().naam()).isEqualTo("Lotte Mulder");
        plan.datum.setValue(LocalDate.now().plusDays(10));
        plan.onlineLink.setValue("javascript:alert(1)");
        _click(plan.opslaan);
        assertThat(plan.onlineLink.isInvalid()).isTrue();
        assertThat(plan.isOpened()).as("the form stays with what was typed").isTrue();
        plan.onlineLink.clear();
        _click(plan.opslaan);
        assertThat(plan.plaats.isInvalid()).as("a place or a link").isTrue();
        plan.plaats.setValue("Lokaal groep 8");
        _click(plan.opslaan);

        BijeenkomstView view = _get(BijeenkomstView.class);
        assertThat(view.kopPart.titel.getText()).isEqualTo("Leerteambijeenkomst");
        assertThat(view.kopPart.wanneer.getText()).matches(".*, van \\d{1,2}:\\d{2} tot \\d{1,2}:\\d{2} · Lokaal groep 8 · Gepland");
        assertThat(view.aanwezigPart.getItems()).extracting(i -> i.getName()).containsExactly("Lotte Mulder");
        assertThat(_find(Anchor.class, spec -> spec.withId("download-pdf"))).as("made when asked for").isEmpty();
        _click(view.kopPart.downloaden);
        assertThat(List.of("download-ics", "download-pdf", "download-md"))
                .allSatisfy(id -> assertThat(_get(Anchor.class, spec -> spec.withId(id)).getHref()).isNotBlank());

        assertThat(view.agendaInvoer.titel).as("the fields come when asked for").isNull();
        _click(view.agendaInvoer.nieuw);
        view.agendaInvoer.titel.setValue("Terugblik op de cito-toetsen");
        _click(view.agendaInvoer.toevoegen);
        _click(view.kopPart.starten);
        assertThat(view.kopPart.wanneer.getText()).contains("Bezig");
        _click(view.puntPart.notities.schrijven);
        view.puntPart.notities.notities.setValue("We zien een dip bij begrijpend lezen.");
        _click(view.puntPart.notities.opslaan);
        _click(view.puntPart.besluiten.nieuw);
        view.puntPart.besluiten.besluit.setValue("Begrijpend lezen op de volgende studiedag.");
        _click(view.puntPart.besluiten.toevoegen);
        _click(view.puntPart.actiepunten.nieuw);
        view.puntPart.actiepunten.actiepunt.setValue("Toetsanalyse delen");
        view.puntPart.actiepunten.eigenaar.setValue(view.puntPart.actiepunten.eigenaar.getListDataView().getItems()
                .filter(p -> p.naam().equals("Daan Smit")).findFirst().orElseThrow());
        _click(view.puntPart.actiepunten.toevoegen);
        assertThat(items("besluiten")).containsExactly("Begrijpend lezen op de volgende studiedag.");
        assertThat(items("actiepunten")).singleElement().asString().startsWith("Toetsanalyse delen — Daan Smit");
    }

    @Test
    void taking_an_item_off_the_agenda_asks_first_and_the_note_taker_puts_it_back() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(6);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Schoolreis", false);
        Inloggen.uit();

        login("lotte");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(_get(view.agendaPart, com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("agendapunt-verwijderen")));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(service.bijeenkomst(id).agenda()).as("nothing happens before the answer").hasSize(1);
        com.vaadin.flow.component.ComponentUtil.fireEvent(vraag, new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(vraag, false));
        assertThat(service.bijeenkomst(id).agenda()).isEmpty();
        _click(view.agendaPart.verwijderd);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("agendapunt-terugzetten")));
        assertThat(service.bijeenkomst(id).agenda()).extracting(BijeenkomstDetails.Agendapunt::titel).containsExactly("Schoolreis");
    }

    @Test
    void saving_unchanged_notes_and_then_saving_what_was_typed_after_it_keeps_both_the_item_and_the_text() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(5);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Studiedag", false);
        Inloggen.uit();

        login("lotte");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(view.puntPart.notities.schrijven);
        _click(view.puntPart.notities.opslaan);
        view.puntPart.notities.notities.setValue("Programma van de studiedag vastgesteld");
        _click(view.puntPart.notities.opslaan);
        assertThat(_find(GeenToegangFout.class)).as("the page stays").isEmpty();
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Programma van de studiedag vastgesteld");
        view.puntPart.notities.notities.setValue("Programma van de studiedag vastgesteld; uitnodiging volgt");
        _click(view.puntPart.notities.opslaan);
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Programma van de studiedag vastgesteld; uitnodiging volgt");
    }

    @Test
    void notes_saved_by_someone_else_meanwhile_are_not_overwritten_and_the_typed_text_stays() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(3);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Rapporten", false);
        Inloggen.uit();

        login("lotte");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(view.puntPart.notities.schrijven);
        view.puntPart.notities.notities.setValue("Mijn versie");

        BijeenkomstDetails.Agendapunt punt = service.bijeenkomst(id).agenda().getFirst();
        verslagService.notitiesOpslaan(punt.id(), "Versie uit een ander venster", punt.version(), false);
        view.vernieuw();
        assertThat(view.puntPart.notities.notities.getValue()).isEqualTo("Mijn versie");
        assertThat(view.puntPart.notities.elders.isVisible()).isTrue();
        _click(view.puntPart.notities.opslaan);
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Versie uit een ander venster");
        assertThat(view.puntPart.notities.notities.getValue()).isEqualTo("Mijn versie");

        // both wrote the same (first) line: the two texts side by side, and the writer chooses
        nl.leerteam.shared.ui.SamenvoegDialog keuze = _get(nl.leerteam.shared.ui.SamenvoegDialog.class);
        assertThat(keuze.mijn.getValue()).isEqualTo("Mijn versie");
        assertThat(keuze.hun.getText()).isEqualTo("Versie uit een ander venster");
        keuze.mijn.setValue("Mijn versie, met de rapportdatum van de ander");
        _click(keuze.bewaren);
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Mijn versie, met de rapportdatum van de ander");
        assertThat(view.puntPart.notities.notities.getValue()).isEqualTo("Mijn versie, met de rapportdatum van de ander");

        // a change of another line meanwhile is merged with what is typed, and saving again just works
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        view.vernieuw();
        view.puntPart.notities.notities.setValue("Mijn versie, met de rapportdatum van de ander\nRapporten op 12 maart mee");
        punt = service.bijeenkomst(id).agenda().getFirst();
        verslagService.notitiesOpslaan(punt.id(), "Afspraak vooraf: kort houden\n" + punt.notities(), punt.notities(), punt.version(), false);
        view.vernieuw();
        _click(view.puntPart.notities.opslaan);
        expectNotifications("Opgeslagen, samen met wat de ander intussen opsloeg.");
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Afspraak vooraf: kort houden\n"
                + "Mijn versie, met de rapportdatum van de ander\nRapporten op 12 maart mee");
        view.vernieuw();
        view.puntPart.notities.notities.setValue(view.puntPart.notities.notities.getValue() + "\nSluiting");
        _click(view.puntPart.notities.opslaan);
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).endsWith("Rapporten op 12 maart mee\nSluiting");
    }

    @Test
    void ending_the_meeting_with_notes_that_are_not_saved_asks_first_and_saves_them() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(5);
        agendaService.agendapuntToevoegen(id, AgendapuntSoort.ONDERWERP, null, "Rapporten", false);
        Inloggen.uit();
        login("lotte");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(view.kopPart.starten);
        _click(view.puntPart.notities.schrijven);
        view.puntPart.notities.notities.setValue("Rapporten gaan op 12 maart mee");
        _click(view.kopPart.afronden);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class,
                spec -> spec.withId("bijeenkomst-onbewaard"));
        assertThat(service.bijeenkomst(id).status()).as("not ended yet").isEqualTo(nl.leerteam.bijeenkomst.BijeenkomstStatus.BEZIG);
        com.vaadin.flow.component.ComponentUtil.fireEvent(vraag, new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(vraag, false));
        assertThat(service.bijeenkomst(id).agenda().getFirst().notities()).isEqualTo("Rapporten gaan op 12 maart mee");
        assertThat(service.bijeenkomst(id).status()).isEqualTo(nl.leerteam.bijeenkomst.BijeenkomstStatus.BEZIG);
        view.vernieuw();
        _click(view.kopPart.afronden);
        assertThat(service.bijeenkomst(id).status()).as("nothing unsaved: ended at once").isEqualTo(nl.leerteam.bijeenkomst.BijeenkomstStatus.AFGEROND);
    }

    @Test
    void a_case_goes_on_the_agenda_through_the_chooser_that_appears_when_case_is_picked() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(4);
        UUID casusId = casussen.inbrengen(bovenbouw, new CasusFormulier(null, 7, "Hoe help ik hem bij het plannen?",
                null, null, null, null, false, null, null, null, Set.of(), null), false).id();
        Inloggen.uit();

        login("lotte");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView view = _get(BijeenkomstView.class);
        _click(view.agendaInvoer.nieuw);
        assertThat(view.agendaInvoer.casus).as("topics need no case chooser").isNull();
        view.agendaInvoer.soort.setValue(AgendapuntSoort.CASUS);
        assertThat(view.agendaInvoer.casus.isVisible()).isTrue();
        assertThat(view.agendaInvoer.titel.isVisible()).isFalse();
        view.agendaInvoer.casus.setValue(view.agendaInvoer.casus.getListDataView().getItems()
                .filter(c -> c.casusId().equals(casusId)).findFirst().orElseThrow());
        _click(view.agendaInvoer.toevoegen);

        assertThat(service.bijeenkomst(id).agenda()).singleElement()
                .satisfies(p -> assertThat(p.casusId()).isEqualTo(casusId));
        assertThat(view.agendaInvoer.casus.getValue()).isNull();
        view.agendaInvoer.soort.setValue(AgendapuntSoort.ONDERWERP);
        assertThat(view.agendaInvoer.casus.isVisible()).isFalse();
        assertThat(view.agendaInvoer.titel.isVisible()).isTrue();
    }

    @Test
    void the_kc_reads_along_but_a_teacher_of_another_leerteam_and_a_director_do_not() {
        Inloggen.als(inlog, "lotte");
        UUID id = overlegVanLotte(3);
        Inloggen.uit();

        login("fatima");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        BijeenkomstView kc = _get(BijeenkomstView.class);
        assertThat(kc.kopPart.wijzigen).as("a reader's page has no buttons to change the meeting").isNull();
        assertThat(kc.kopPart.starten).isNull();
        assertThat(kc.puntPart.notities.notities).as("a reader's page holds no fields to write with").isNull();

        login("sanne");
        UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id));
        _assertOne(GeenToegangFout.class);
        login("marieke");
        geweigerd(() -> UI.getCurrent().navigate(BijeenkomstView.class, BijeenkomstView.parameters(id)));
    }

}
