package nl.leerteam.trends;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.domain.Schooljaar;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class BestuursTrendServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    BestuursTrendService service;

    /** The demonstration data's first year, in which one groep 8 had four pupils. */
    private static final Schooljaar EERSTE_JAAR = new Schooljaar(Schooljaar.van(LocalDate.now()).vorige().beginjaar() - 2);

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void board_staff_compare_their_schools_and_a_small_group_cannot_be_worked_out_from_any_total() {
        Inloggen.als(inlog, "annelies");
        Bestuursoverzicht overzicht = service.overzicht(EERSTE_JAAR, Vak.SPELLING, Meetmoment.M);
        assertThat(overzicht.scholen()).extracting(Bestuursoverzicht.Regel::naam)
                .containsExactlyInAnyOrder("Kindcentrum Het Kompas", "OBS De Regenboog", "CBS De Wegwijzer");
        int groep8 = overzicht.jaargroepen().indexOf(8);
        Bestuursoverzicht.Regel kompas = overzicht.scholen().stream().filter(r -> r.naam().contains("Kompas")).findFirst().orElseThrow();
        assertThat(kompas.cellen().get(groep8).verborgen()).as("a groep 8 of four pupils").isTrue();

        // the attack: a shown total minus the shown cells of its line
        List<Bestuursoverzicht.Regel> regels = new java.util.ArrayList<>(overzicht.scholen());
        for (Bestuursoverzicht.Regel regel : regels) {
            if (regel.totaal().aantal() != null) {
                assertThat(regel.cellen().stream().filter(Bestuursoverzicht.Cel::verborgen).count()).as(regel.naam()).isNotEqualTo(1);
            }
        }
        for (int j = 0; j < overzicht.jaargroepen().size(); j++) {
            int kolom = j;
            if (overzicht.bestuur().cellen().get(j).aantal() != null) {
                assertThat(regels.stream().filter(r -> r.cellen().get(kolom).verborgen()).count())
                        .as("groep " + overzicht.jaargroepen().get(j)).isNotEqualTo(1);
            }
        }
        assertThat(kompas.cellen().stream().filter(Bestuursoverzicht.Cel::verborgen).count()).as("a partner in its row").isGreaterThan(1);
        assertThat(regels.stream().filter(r -> r.cellen().get(groep8).verborgen()).count()).as("and in its column").isGreaterThan(1);
        assertThat(overzicht.scholen().stream().flatMap(r -> r.cellen().stream()).filter(c -> !c.verborgen() && c.aantal() > 0))
                .as("no shown group of five or fewer").allSatisfy(c -> assertThat(c.aantal()).isGreaterThan(BestuursTrendService.GROEP_GRENS));
    }

    @Test
    void nobody_but_board_staff_and_kcs_of_this_board_gets_it_and_they_see_only_their_own_boards_schools() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "bram");
        assertThat(service.overzicht(EERSTE_JAAR, Vak.SPELLING, Meetmoment.M).scholen()).as("a KC of the board, for the KC-platform: every school")
                .extracting(Bestuursoverzicht.Regel::naam).hasSize(3).contains("Kindcentrum Het Kompas");
        for (String persoon : List.of("ingrid", "emma")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> service.overzicht(null, null, null)).as(persoon).isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "b-bestuur");
        Bestuursoverzicht ander = service.overzicht(EERSTE_JAAR, Vak.SPELLING, Meetmoment.M);
        assertThat(ander.scholen()).extracting(Bestuursoverzicht.Regel::naam).doesNotContain("Kindcentrum Het Kompas");
        assertThat(ander.scholen()).flatExtracting(Bestuursoverzicht.Regel::cellen).isEmpty();
    }
}
