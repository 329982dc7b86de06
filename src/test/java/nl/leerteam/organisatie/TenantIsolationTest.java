package nl.leerteam.organisatie;

import nl.leerteam.organisatie.demo.DemoData;
import nl.leerteam.shared.security.Rol;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access matrix of the organisation data: people of another board, of another school, and
 * without the right role get nothing of school A (De Regenboog), whatever id they try.
 */
@LeerteamTest
class TenantIsolationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    BeheerService beheer;
    @Autowired
    BesturenService besturen;

    private UUID regenboog;
    private UUID wegwijzer;
    private LeerteamSamenvatting regenboogOnderbouw;

    @BeforeEach
    void ids() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "annelies");
        regenboog = school(DemoData.REGENBOOG);
        wegwijzer = school(DemoData.WEGWIJZER);
        regenboogOnderbouw = beheer.schoolBeheer(regenboog).leerteams().stream()
                .filter(l -> l.naam().equals("Onderbouw")).findFirst().orElseThrow();
        Inloggen.uit();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @ParameterizedTest
    @ValueSource(strings = {"b-directeur", "b-leerkracht", "b-bestuur"})
    void people_of_another_board_get_nothing_of_school_a(String persoon) {
        Inloggen.als(inlog, persoon);
        MijnOverzicht overzicht = organisatie.mijnOverzicht();
        assertThat(overzicht.bestuurNaam()).isEqualTo(TweedeBestuur.NAAM);
        assertThat(overzicht.scholen()).extracting(s -> s.school().id()).doesNotContain(regenboog, wegwijzer);
        assertThat(overzicht.mijnLeerteams()).extracting(LeerteamSamenvatting::id).doesNotContain(regenboogOnderbouw.id());

        assertThatThrownBy(() -> organisatie.leerteam(regenboogOnderbouw.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisatie.mensenVan(regenboog)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.schoolBeheer(regenboog)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(null, "Indringers", null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.leerteamOpslaan(regenboog, new LeerteamFormulier(regenboogOnderbouw.id(), "Gekaapt",
                null, Set.of(), regenboogOnderbouw.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> beheer.uitnodigen(regenboog, new UitnodigingFormulier("X", "x@example.org",
                Set.of(Rol.LEERKRACHT), Set.of()))).isInstanceOf(AccessDeniedException.class);
        UUID sanne = regenboogOnderbouw.leden().getFirst().id();
        assertThatThrownBy(() -> beheer.rollenInstellen(regenboog, sanne, Set.of())).isInstanceOf(AccessDeniedException.class);
        if (persoon.equals("b-bestuur")) {
            assertThat(beheer.bestuurders()).extracting(PersoonSamenvatting::naam).containsExactly("Bert Bestuur");
            assertThatThrownBy(() -> beheer.bestuurderRolIntrekken(sanne)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_board_administrator_cannot_move_someone_of_another_board_into_their_school() {
        Inloggen.als(inlog, "b-bestuur");
        UUID andereSchool = organisatie.mijnOverzicht().scholen().getFirst().school().id();
        UUID sanne = regenboogOnderbouw.leden().getFirst().id();
        assertThatThrownBy(() -> beheer.rollenInstellen(andereSchool, sanne, Set.of(Rol.LEERKRACHT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_teacher_of_another_school_of_the_same_board_cannot_read_school_a() {
        Inloggen.als(inlog, "noor");
        assertThatThrownBy(() -> organisatie.leerteam(regenboogOnderbouw.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisatie.mensenVan(regenboog)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisatie.mijnOverzicht().scholen()).extracting(s -> s.school().naam()).containsExactly(DemoData.WEGWIJZER);
    }

    @Test
    void a_teacher_of_another_leerteam_of_the_same_school_cannot_read_that_leerteam() {
        Inloggen.als(inlog, "lotte");
        assertThatThrownBy(() -> organisatie.leerteam(regenboogOnderbouw.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teachers_and_kcs_cannot_administer_and_a_director_only_their_own_school() {
        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> beheer.schoolBeheer(regenboog)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> beheer.schoolBeheer(regenboog)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "henk");
        assertThatThrownBy(() -> beheer.schoolBeheer(regenboog)).isInstanceOf(AccessDeniedException.class);
        assertThat(beheer.schoolBeheer(wegwijzer).school().naam()).isEqualTo(DemoData.WEGWIJZER);
        assertThatThrownBy(() -> beheer.schoolOpslaan(new SchoolFormulier(null, "Nieuwe school", "88AA", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_kc_of_two_schools_reads_the_leerteams_of_both() {
        Inloggen.als(inlog, "fatima");
        assertThat(organisatie.leerteam(regenboogOnderbouw.id()).naam()).isEqualTo("Onderbouw");
        assertThat(organisatie.mensenVan(wegwijzer)).extracting(PersoonSamenvatting::naam).contains("Noor Hendriks");
    }

    @Test
    void only_the_installation_administrator_sees_the_list_of_boards() {
        Inloggen.als(inlog, "annelies");
        assertThatThrownBy(() -> besturen.besturen()).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "rik");
        assertThat(besturen.besturen()).extracting(BestuurSamenvatting::naam).contains(DemoData.BESTUUR, TweedeBestuur.NAAM);
        assertThatThrownBy(() -> organisatie.leerteam(regenboogOnderbouw.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_gets_nothing_at_all() {
        assertThatThrownBy(() -> organisatie.mijnOverzicht()).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> beheer.schoolBeheer(regenboog)).isInstanceOf(Exception.class);
    }

    private UUID school(String naam) {
        return beheer.beheerbareScholen().stream().filter(s -> s.naam().equals(naam)).findFirst().orElseThrow().id();
    }
}
