package nl.leerteam.trends;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class AmbitieServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    AmbitieService ambities;
    @Autowired
    TrendService trends;

    private UUID kompas;

    @BeforeEach
    void alsKc() {
        Inloggen.als(inlog, "bram");
        kompas = trends.scholen().getFirst().schoolId();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_kc_sets_an_ambition_that_everybody_of_the_school_sees_against_the_results() {
        UUID id = ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.SPELLING, Maat.BOVEN_MIDDEN, 70, 5, 7, null));
        Inloggen.als(inlog, "emma");
        assertThat(ambities.ambities(kompas)).extracting(Ambitie::id).contains(id);
        Resultatenoverzicht overzicht = trends.overzicht(kompas, null);
        assertThat(overzicht.vakken()).filteredOn(v -> v.vak() == Vak.SPELLING).singleElement()
                .satisfies(v -> assertThat(v.ambities()).extracting(Ambitie::id).contains(id));
        Resultatenoverzicht.Rij rij = overzicht.vakken().getFirst().rijen().getFirst();
        assertThat(rij.aandeel(Maat.BOVEN_MIDDEN)).as("a share or null, never a number under the rule")
                .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).isBetween(0.0, 100.0));
        assertThat(rij.aandeel(Maat.REF_1F)).as("an I-V result is not held against a referentieniveau").isNull();

        assertThatThrownBy(() -> ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.SPELLING, Maat.BOVEN_MIDDEN,
                70, 5, 7, null))).as("a teacher").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_threshold_a_range_and_a_signaleringswaarde_are_checked_and_a_stale_version_is_refused() {
        assertThatThrownBy(() -> ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.SPELLING, Maat.BOVEN_MIDDEN,
                120, 5, 7, null))).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("drempel"));
        assertThatThrownBy(() -> ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.AMBITIE, Vak.SPELLING, Maat.BOVEN_MIDDEN,
                70, 7, 5, null))).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("groepTot"));
        assertThatThrownBy(() -> ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.SIGNALERINGSWAARDE, Vak.SPELLING,
                Maat.BOVEN_MIDDEN, 85, 8, 8, null))).isInstanceOfSatisfying(InvoerFout.class, f -> assertThat(f.veld()).isEqualTo("maat"));

        UUID id = ambities.opslaan(kompas, new Ambitie(null, Ambitie.Soort.SIGNALERINGSWAARDE, Vak.BEGRIJPEND_LEZEN, Maat.REF_1F,
                85, 8, 8, null));
        Ambitie gelezen = ambities.ambities(kompas).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        ambities.opslaan(kompas, new Ambitie(id, gelezen.soort(), gelezen.vak(), gelezen.maat(), 86, 8, 8, gelezen.version()));
        assertThatThrownBy(() -> ambities.opslaan(kompas, new Ambitie(id, gelezen.soort(), gelezen.vak(), gelezen.maat(), 87, 8, 8,
                gelezen.version()))).isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(ambities.ambities(kompas)).filteredOn(a -> a.id().equals(id)).extracting(Ambitie::drempel).containsExactly(86);
    }

    @Test
    void nobody_of_another_school_or_board_sees_or_sets_them() {
        TweedeBestuur.zorgDatHetBestaat(context);
        for (String persoon : List.of("sanne", "marieke", "b-directeur")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> ambities.ambities(kompas)).as(persoon).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> trends.overzicht(kompas, null)).as(persoon).isInstanceOf(AccessDeniedException.class);
        }
        Inloggen.als(inlog, "annelies");
        assertThatThrownBy(() -> ambities.ambities(kompas)).isInstanceOf(AccessDeniedException.class);
    }
}
