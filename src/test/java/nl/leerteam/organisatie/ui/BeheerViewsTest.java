package nl.leerteam.organisatie.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import nl.leerteam.organisatie.BeheerService;
import nl.leerteam.organisatie.LeerteamFormulier;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.PersoonSamenvatting;
import nl.leerteam.organisatie.SchoolSamenvatting;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.shared.ui.GeenToegangFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeheerViewsTest extends KaribuTest {

    @Autowired
    BeheerService beheer;

    @Test
    void board_staff_add_a_school_and_a_wrong_brin_code_is_explained_next_to_the_field() {
        login("annelies");
        UI.getCurrent().navigate(BeheerView.class);
        BeheerView view = _get(BeheerView.class);
        assertThat(_size(view.scholen)).isEqualTo(3);

        _click(view.nieuweSchool);
        SchoolDialog dialoog = _get(SchoolDialog.class);
        dialoog.naam.setValue("IKC De Zeestroom");
        dialoog.brin.setValue("ZZ12");
        _click(dialoog.opslaan);
        assertThat(dialoog.brin.isInvalid()).isTrue();
        assertThat(dialoog.brin.getErrorMessage()).contains("twee cijfers en twee letters");
        assertThat(dialoog.isOpened()).isTrue();
        assertThat(dialoog.naam.getValue()).isEqualTo("IKC De Zeestroom");

        Random random = new Random();
        String brin = String.format("%02d%c%c", random.nextInt(100), 'A' + random.nextInt(26), 'A' + random.nextInt(26));
        dialoog.brin.setValue(brin);
        _click(dialoog.opslaan);
        assertThat(dialoog.isOpened()).isFalse();
        expectNotifications("IKC De Zeestroom is opgeslagen.");
        assertThat(rijen(view.scholen)).extracting(SchoolSamenvatting::naam).contains("IKC De Zeestroom");
    }

    @Test
    void board_staff_invite_another_board_administrator_from_the_administration() {
        login("annelies");
        UI.getCurrent().navigate(BeheerView.class);
        BestuurdersPart sectie = _get(BestuurdersPart.class);
        int voor = _size(sectie.bestuurders);
        _click(sectie.toevoegen);
        _get(TextField.class, spec -> spec.withLabel("Naam")).setValue("Bas Bestuur");
        _get(com.vaadin.flow.component.textfield.EmailField.class).setValue("bas-" + UUID.randomUUID() + "@waterland.nl");
        _click(_get(Button.class, spec -> spec.withId("bestuurder-opslaan")));
        _assertOne(UitnodigingLinkDialog.class);
        assertThat(_size(sectie.bestuurders)).isEqualTo(voor + 1);
    }

    @Test
    void a_director_sees_only_their_own_school_and_cannot_add_schools() {
        login("marieke");
        UI.getCurrent().navigate(BeheerView.class);
        BeheerView view = _get(BeheerView.class);
        assertThat(rijen(view.scholen)).extracting(SchoolSamenvatting::naam).containsExactly("OBS De Regenboog");
        assertThat(view.nieuweSchool.isVisible()).isFalse();
        _assertNone(BestuurdersPart.class);
    }

    @Test
    void a_director_creates_a_leerteam_with_members_in_the_school_screen() {
        login("marieke");
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        SchoolBeheerView view = _get(SchoolBeheerView.class);
        assertThat(view.titel.getText()).isEqualTo("OBS De Regenboog");
        int voor = _size(view.leerteams);

        _click(view.nieuwLeerteam);
        LeerteamDialog dialoog = _get(LeerteamDialog.class);
        String naam = "Rekenwerkgroep " + UUID.randomUUID().toString().substring(0, 6);
        dialoog.naam.setValue(naam);
        PersoonSamenvatting pieter = rijen(view.mensen).stream().filter(p -> p.naam().equals("Pieter Visser")).findFirst().orElseThrow();
        dialoog.leden.setValue(Set.of(pieter));
        _click(dialoog.opslaan);

        assertThat(_size(view.leerteams)).isEqualTo(voor + 1);
        LeerteamSamenvatting nieuw = rijen(view.leerteams).stream().filter(l -> l.naam().equals(naam)).findFirst().orElseThrow();
        assertThat(nieuw.leden()).extracting(PersoonSamenvatting::naam).containsExactly("Pieter Visser");
    }

    /** A button in a row's actions cell, by its text. */
    private static Button knop(Grid<?> grid, int rij, String tekst) {
        com.vaadin.flow.component.Component cel = _getCellComponent(grid, rij, "acties");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(cel), cel.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> tekst.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void a_director_archives_a_leerteam_after_a_question_and_puts_it_back() {
        login("marieke");
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Archief " + UUID.randomUUID().toString().substring(0, 6), null, null, null));
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        SchoolBeheerView view = _get(SchoolBeheerView.class);
        List<LeerteamSamenvatting> teams = rijen(view.leerteams);
        int rij = IntStream.range(0, teams.size()).filter(i -> teams.get(i).id().equals(team.id())).findFirst().orElseThrow();
        _click(knop(view.leerteams, rij, "Archiveren"));
        com.vaadin.flow.component.confirmdialog.ConfirmDialog vraag = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(rijen(view.leerteams)).as("nothing happens before she confirms").extracting(LeerteamSamenvatting::id)
                .contains(team.id());
        com.vaadin.flow.component.ComponentUtil.fireEvent(vraag,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(vraag, false));

        assertThat(rijen(view.leerteams)).extracting(LeerteamSamenvatting::id).doesNotContain(team.id());
        List<LeerteamSamenvatting> archief = rijen(view.archief);
        assertThat(archief).extracting(LeerteamSamenvatting::id).contains(team.id());
        int inArchief = IntStream.range(0, archief.size()).filter(i -> archief.get(i).id().equals(team.id())).findFirst().orElseThrow();
        _click(knop(view.archief, inArchief, "Terugzetten"));
        assertThat(rijen(view.leerteams)).extracting(LeerteamSamenvatting::id).contains(team.id());
    }

    @Test
    void a_stale_edit_of_a_leerteam_is_refused_with_a_clear_message_and_keeps_the_input() {
        login("marieke");
        LeerteamSamenvatting team = beheer.leerteamOpslaan(regenboog,
                new LeerteamFormulier(null, "Gelijktijdig " + UUID.randomUUID().toString().substring(0, 6), null, null, null));
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        SchoolBeheerView view = _get(SchoolBeheerView.class);
        List<LeerteamSamenvatting> teams = rijen(view.leerteams);
        int rij = IntStream.range(0, teams.size()).filter(i -> teams.get(i).id().equals(team.id())).findFirst().orElseThrow();
        _click(knop(view.leerteams, rij, "Wijzigen"));
        LeerteamDialog dialoog = _get(LeerteamDialog.class);

        // meanwhile a colleague saves the same leerteam
        beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(team.id(), team.naam(), "Door een collega", null, team.version()));

        dialoog.omschrijving.setValue("Mijn eigen omschrijving");
        _click(dialoog.opslaan);
        expectNotifications("Iemand anders heeft dit intussen gewijzigd. Je invoer staat nog in het formulier: sluit het, "
                + "bekijk de nieuwe versie en breng je wijziging opnieuw aan.");
        assertThat(dialoog.isOpened()).isTrue();
        assertThat(dialoog.omschrijving.getValue()).isEqualTo("Mijn eigen omschrijving");
    }

    @Test
    void inviting_someone_shows_the_link_once_and_lists_them_as_invited() {
        SchoolBeheerView view = mensenVanDeRegenboogAlsDirecteur();
        UitnodigingDialog dialoog = uitnodigingDialog(view);
        String email = "ui-" + UUID.randomUUID() + "@deregenboog.nl";
        dialoog.naam.setValue("Ivo Uitgenodigd");
        dialoog.email.setValue(email);
        dialoog.rollen.setValue(Set.of(Rol.LEERKRACHT, Rol.KC));
        _click(dialoog.versturen);

        UitnodigingLinkDialog link = _get(UitnodigingLinkDialog.class);
        assertThat(link.link.getValue()).matches("http://localhost:8080/uitnodiging/[A-Za-z0-9_-]{43}");
        PersoonSamenvatting ivo = rijen(view.mensen).stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
        assertThat(ivo.actief()).isFalse();
        assertThat(ivo.rollen()).containsExactlyInAnyOrder(Rol.LEERKRACHT, Rol.KC);
        assertThat(rijen(view.uitnodigingen)).anyMatch(u -> u.email().equals(email));
        assertThat(link.kopieren.isVisible()).as("a copy button beside the link").isTrue();

        // the people list is searched by name or address, as typed
        view.zoekMensen.setValue("ivo uitgen");
        assertThat(rijen(view.mensen)).extracting(PersoonSamenvatting::email).containsExactly(email);
        view.zoekMensen.setValue(email.substring(0, 12).toUpperCase());
        assertThat(rijen(view.mensen)).extracting(PersoonSamenvatting::email).containsExactly(email);
        view.zoekMensen.setValue("");
        assertThat(rijen(view.mensen)).hasSizeGreaterThan(5);
    }

    @Test
    void an_invitation_without_a_role_is_refused_and_the_form_keeps_its_input() {
        UitnodigingDialog dialoog = uitnodigingDialog(mensenVanDeRegenboogAlsDirecteur());
        dialoog.naam.setValue("Zonder Rol");
        dialoog.email.setValue("zonder-rol@deregenboog.nl");
        dialoog.rollen.setValue(Set.of());
        _click(dialoog.versturen);
        assertThat(dialoog.isOpened()).isTrue();
        assertThat(dialoog.rollen.isInvalid()).isTrue();
        assertThat(dialoog.naam.getValue()).isEqualTo("Zonder Rol");
    }

    @Test
    void roles_are_changed_in_the_roles_dialog() {
        login("annelies");
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        SchoolBeheerView view = _get(SchoolBeheerView.class);
        List<PersoonSamenvatting> mensen = rijen(view.mensen);
        int daan = IntStream.range(0, mensen.size()).filter(i -> mensen.get(i).naam().equals("Daan Smit")).findFirst().orElseThrow();

        List<Button> acties = _getCellComponent(view.mensen, daan, "acties").getChildren().map(Button.class::cast).toList();
        assertThat(acties).extracting(Button::getText).as("board staff may also erase an account")
                .containsExactly("Rollen", "Account wissen");
        _click(acties.getFirst());
        RollenDialog dialoog = _get(RollenDialog.class);
        CheckboxGroup<Rol> rollen = dialoog.rollen;
        rollen.setValue(Set.of(Rol.LEERKRACHT, Rol.KC));
        _click(dialoog.opslaan);
        assertThat(rijen(view.mensen).stream().filter(p -> p.naam().equals("Daan Smit")).findFirst().orElseThrow().rollen())
                .containsExactlyInAnyOrder(Rol.LEERKRACHT, Rol.KC);
    }

    @Test
    void the_retention_page_shows_every_period_board_staff_change_them_and_a_director_only_reads() {
        login("annelies");
        UI.getCurrent().navigate(BeheerView.class);
        UI.getCurrent().navigate(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("naar-bewaartermijnen")).getHref());
        BewaartermijnenView view = _get(BewaartermijnenView.class);
        assertThat(view.bezoeken.getValue()).as("finished visits are kept 24 months by default").isEqualTo(24);
        assertThat(view.getElement().getTextRecursively()).contains("Afgesloten leerlingcasussen", "Afgeronde klassenbezoeken",
                "Een uitnodigingslink werkt 14 dagen", "Auditlog");
        view.bezoeken.setValue(0);
        _click(view.opslaan);
        assertThat(view.bezoeken.isInvalid()).as("refused next to its field").isTrue();
        assertThat(view.bezoeken.getErrorMessage()).contains("1 tot en met 120");
        view.bezoeken.setValue(30);
        _click(view.opslaan);
        assertThat(beheer.bewaartermijnen().bezoekMaanden()).isEqualTo(30);

        login("marieke");
        UI.getCurrent().navigate(BewaartermijnenView.class);
        BewaartermijnenView directeur = _get(BewaartermijnenView.class);
        assertThat(directeur.bezoeken.getValue()).isEqualTo(30);
        assertThat(directeur.bezoeken.isReadOnly()).isTrue();
        assertThat(directeur.opslaan.isVisible()).isFalse();

        login("annelies");
        beheer.bewaartermijnenInstellen(12, 24);
    }

    @Test
    void a_director_changes_roles_but_erases_no_account() {
        login("marieke");
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        SchoolBeheerView view = _get(SchoolBeheerView.class);
        assertThat(_getCellComponent(view.mensen, 0, "acties").getChildren().map(c -> ((Button) c).getText()).toList())
                .containsExactly("Rollen");
    }

    @Test
    void a_url_with_a_school_of_another_board_shows_not_found() {
        TweedeBestuur.zorgDatHetBestaat(context);
        login("b-directeur");
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        _assertOne(GeenToegangFout.class);
        _assertNone(SchoolBeheerView.class);

        UI.getCurrent().navigate("beheer/school/not-a-uuid");
        _assertOne(GeenToegangFout.class);
    }

    @Test
    void a_teacher_cannot_open_the_administration() {
        login("sanne");
        for (String route : List.of("beheer", "beheer/school/" + regenboog, "beheer/besturen")) {
            geweigerd(() -> UI.getCurrent().navigate(route));
        }
        _assertNone(BeheerView.class);
        _assertNone(SchoolBeheerView.class);
        _assertNone(BesturenView.class);
    }

    @Test
    void the_installation_administrator_adds_a_board_with_its_first_administrator() {
        login("rik");
        UI.getCurrent().navigate(BesturenView.class);
        BesturenView view = _get(BesturenView.class);
        int voor = _size(view.grid);
        _click(view.nieuwBestuur);
        String naam = "Stichting Test " + UUID.randomUUID().toString().substring(0, 6);
        _get(TextField.class, spec -> spec.withLabel("Naam van het bestuur")).setValue(naam);
        _get(TextField.class, spec -> spec.withLabel("Naam van de eerste bestuursbeheerder")).setValue("Eerste Beheerder");
        _get(com.vaadin.flow.component.textfield.EmailField.class).setValue("eerste@" + naam.replace(' ', '-').toLowerCase() + ".nl");
        _click(_get(Button.class, spec -> spec.withText("Opslaan")));
        assertThat(_size(view.grid)).isEqualTo(voor + 1);
        _assertOne(UitnodigingLinkDialog.class);
        _get(UitnodigingLinkDialog.class).close();

        // a click on the board opens it: its schools and administrators, and a second administrator is invited
        int rij = rijen(view.grid).stream().map(b -> b.naam()).toList().indexOf(naam);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(view.grid, rij);
        BestuurView bestuur = _get(BestuurView.class);
        assertThat(bestuur.naam.getText()).isEqualTo(naam);
        assertThat(rijen(bestuur.bestuurders)).extracting(PersoonSamenvatting::naam).containsExactly("Eerste Beheerder");
        assertThat(_size(bestuur.scholen)).isZero();
        _click(bestuur.uitnodigen);
        _get(TextField.class, spec -> spec.withLabel("Naam")).setValue("Tweede Beheerder");
        _get(com.vaadin.flow.component.textfield.EmailField.class).setValue("tweede@" + naam.replace(' ', '-').toLowerCase() + ".nl");
        _click(_get(Button.class, spec -> spec.withId("bestuurder-opslaan")));
        _assertOne(UitnodigingLinkDialog.class);
        assertThat(rijen(bestuur.bestuurders)).extracting(PersoonSamenvatting::naam)
                .containsExactly("Eerste Beheerder", "Tweede Beheerder");

        login("marieke");
        geweigerd(() -> UI.getCurrent().navigate(BestuurView.class, BestuurView.parameters(regenboog)));
        _assertNone(BestuurView.class);
    }

    private UUID regenboog;

    @BeforeEach
    void regenboogId() {
        Inloggen.als(inlog, "annelies");
        regenboog = beheer.beheerbareScholen().stream()
                .filter(s -> s.naam().equals("OBS De Regenboog")).findFirst().orElseThrow().id();
        Inloggen.uit();
    }

    /** The director of De Regenboog on the page of her school, where its people are. */
    private SchoolBeheerView mensenVanDeRegenboogAlsDirecteur() {
        login("marieke");
        UI.getCurrent().navigate(SchoolBeheerView.class, SchoolBeheerView.parameters(regenboog));
        return _get(SchoolBeheerView.class);
    }

    private static UitnodigingDialog uitnodigingDialog(SchoolBeheerView view) {
        _click(view.uitnodigen);
        return _get(UitnodigingDialog.class);
    }

    private static <T> List<T> rijen(Grid<T> grid) {
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
