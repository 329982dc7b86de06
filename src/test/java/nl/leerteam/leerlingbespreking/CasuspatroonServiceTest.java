package nl.leerteam.leerlingbespreking;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class CasuspatroonServiceTest {

    @Autowired
    InlogService inlog;
    @Autowired
    CasusService casussen;
    @Autowired
    CasuspatroonService patronen;
    @Autowired
    OrganisatieService organisatie;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_kc_sees_every_count_and_the_director_only_counts_of_five_or_more_and_never_a_case_text() {
        Inloggen.als(inlog, "mohamed");
        LeerteamSamenvatting team = organisatie.mijnOverzicht().mijnLeerteams().getFirst();
        UUID kompas = team.schoolId();
        for (int i = 0; i < 6; i++) {
            casussen.inbrengen(team.id(), new CasusFormulier(null, 4, "Hoe krijg ik meer leesplezier in de les? " + i, null, null, null,
                    null, false, null, null, null, Set.of("leesplezier"), null), false);
        }
        casussen.inbrengen(team.id(), new CasusFormulier(null, 6, "Wat helpt bij plannen?", null, null, null, null, false, null, null,
                null, Set.of("zeldzaam-onderwerp"), null), false);

        Inloggen.als(inlog, "bram");
        Casuspatronen kc = patronen.patronen(kompas);
        assertThat(kc.beperkt()).isFalse();
        assertThat(kc.tags()).filteredOn(r -> r.wat().equals("leesplezier")).singleElement()
                .satisfies(r -> assertThat(r.open().getFirst()).isGreaterThanOrEqualTo(6L));
        assertThat(kc.tags()).filteredOn(r -> r.wat().equals("zeldzaam-onderwerp")).singleElement()
                .satisfies(r -> assertThat(r.open().getFirst()).isEqualTo(1L));
        assertThat(kc.toString()).as("counts only").doesNotContain("leesplezier in de les").doesNotContain("plannen?");

        Inloggen.als(inlog, "ingrid");
        Casuspatronen directeur = patronen.patronen(kompas);
        assertThat(directeur.beperkt()).isTrue();
        assertThat(directeur.tags()).extracting(Casuspatronen.Regel::wat).as("a tag with only small counts does not show its name")
                .contains("leesplezier").doesNotContain("zeldzaam-onderwerp");
        assertThat(directeur.groepen()).flatExtracting(r -> List.of(r.open(), r.gesloten())).flatExtracting(l -> l)
                .allSatisfy(n -> assertThat(n == null || n == 0 || n >= 5).as(String.valueOf(n)).isTrue());

        for (String persoon : List.of("emma", "fatima", "annelies")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> patronen.patronen(kompas)).as(persoon).isInstanceOf(AccessDeniedException.class);
        }
    }
}
