package nl.leerteam.klassenbezoek;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class SchoolbeeldTest {

    @Autowired
    InlogService inlog;
    @Autowired
    KijkwijzerService kijkwijzers;
    @Autowired
    KlassenbezoekService bezoeken;
    @Autowired
    SchoolbeeldService schoolbeelden;
    @Autowired
    BezoekPlanningService planning;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    /** One observed visit of a Kompas teacher by KC Bram on the given criteria, all "seen" except the first "partly". */
    private void bezoek(String leerkracht, UUID kompas, UUID versieId, List<UUID> criteria) {
        Inloggen.als(inlog, "bram");
        UUID bram = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, leerkracht);
        UUID id = planning.plannen(kompas, bram, true, LocalDate.now());
        bezoeken.voorgesprek(id, new Voorgesprek(LocalDate.now(), "Hoe geef ik kortere instructie?", null, null, versieId, criteria,
                bezoeken.bezoek(id).version()), false);
        Inloggen.als(inlog, "bram");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        for (int i = 0; i < criteria.size(); i++) {
            bezoeken.waarnemen(id, criteria.get(i), i == 0 ? Waarneming.DEELS : Waarneming.GEZIEN, null, false);
        }
        bezoeken.naarNagesprek(id, bezoeken.bezoek(id).version());
    }

    @Test
    void a_criterion_shows_only_once_five_visits_rest_on_it_and_never_per_teacher() {
        Inloggen.als(inlog, "bram");
        UUID kompas = kijkwijzers.plekken().getFirst().schoolId();
        KijkwijzerDetails k = kijkwijzers.kijkwijzer(kijkwijzers.aanmaken(kompas, kijkwijzers.voorbeeld()), null);
        UUID vijf = k.inhoud().domeinen().get(1).criteria().get(2).id();
        UUID vier = k.inhoud().domeinen().get(4).criteria().get(0).id();
        List<String> leerkrachten = List.of("emma", "ruben", "mohamed", "femke", "emma");
        for (int i = 0; i < leerkrachten.size(); i++) {
            bezoek(leerkrachten.get(i), kompas, k.getoond().id(), i < 4 ? List.of(vijf, vier) : List.of(vijf));
        }

        Inloggen.als(inlog, "ingrid");
        Schoolbeeld beeld = schoolbeelden.schoolbeeld(kompas, LocalDate.now().minusDays(1), LocalDate.now());
        assertThat(beeld.aantalBezoeken()).isGreaterThanOrEqualTo(5);
        assertThat(beeld.criteria()).extracting(Schoolbeeld.Criterium::criteriumId).contains(vijf).doesNotContain(vier);
        assertThat(beeld.criteria()).filteredOn(c -> c.criteriumId().equals(vijf)).singleElement().satisfies(c -> {
            assertThat(c.bezoeken()).isEqualTo(5);
            assertThat(c.deels()).isEqualTo(5);
            assertThat(c.tekst()).isEqualTo("Tijdens de uitleg gaat de leerkracht na of alle leerlingen het begrijpen.");
        });

        Inloggen.als(inlog, "bram");
        assertThat(schoolbeelden.schoolbeeld(kompas, LocalDate.now().minusDays(1), LocalDate.now()).criteria())
                .extracting(Schoolbeeld.Criterium::criteriumId).contains(vijf);
        for (String persoon : List.of("emma", "marieke", "fatima", "annelies")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> schoolbeelden.schoolbeeld(kompas, LocalDate.now().minusDays(1), LocalDate.now()))
                    .as(persoon).isInstanceOf(AccessDeniedException.class);
        }
    }
}
