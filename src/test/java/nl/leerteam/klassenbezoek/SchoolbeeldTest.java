package nl.leerteam.klassenbezoek;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.shared.security.CurrentUser;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import nl.leerteam.shared.domain.Schooljaar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
    @Autowired
    BezoekBewaartermijnService bewaartermijn;
    @Autowired
    nl.leerteam.privacy.AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    /** One observed visit of a Kompas teacher by KC Bram on the given criteria, all "seen" except the first "partly". */
    private UUID bezoek(String leerkracht, UUID kompas, UUID versieId, List<UUID> criteria) {
        return bezoek(leerkracht, kompas, versieId, criteria, LocalDate.now());
    }

    private UUID bezoek(String leerkracht, UUID kompas, UUID versieId, List<UUID> criteria, LocalDate datum) {
        Inloggen.als(inlog, "bram");
        UUID bram = CurrentUser.require().gebruikerId();
        Inloggen.als(inlog, leerkracht);
        UUID id = planning.plannen(kompas, bram, true, datum);
        bezoeken.voorgesprek(id, new Voorgesprek(datum, null, "Hoe geef ik kortere instructie?", null, null, versieId, criteria,
                bezoeken.bezoek(id).version()), false);
        Inloggen.als(inlog, "bram");
        bezoeken.observatieStarten(id, bezoeken.bezoek(id).version());
        for (int i = 0; i < criteria.size(); i++) {
            bezoeken.waarnemen(id, criteria.get(i), i == 0 ? Waarneming.DEELS : Waarneming.GEZIEN, null, false);
        }
        bezoeken.naarNagesprek(id, bezoeken.bezoek(id).version());
        return id;
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
        Schoolbeeld beeld = schoolbeelden.schoolbeeld(kompas, Schooljaar.van(LocalDate.now()), helftVan(LocalDate.now()));
        assertThat(beeld.aantalBezoeken()).isGreaterThanOrEqualTo(5);
        assertThat(beeld.criteria()).extracting(Schoolbeeld.Criterium::criteriumId).contains(vijf).doesNotContain(vier);
        assertThat(beeld.criteria()).filteredOn(c -> c.criteriumId().equals(vijf)).singleElement().satisfies(c -> {
            assertThat(c.bezoeken()).isEqualTo(5);
            assertThat(c.deels()).isEqualTo(5);
            assertThat(c.tekst()).isEqualTo("Tijdens de uitleg gaat de leerkracht na of alle leerlingen het begrijpen.");
        });

        Inloggen.als(inlog, "bram");
        assertThat(schoolbeelden.schoolbeeld(kompas, Schooljaar.van(LocalDate.now()), helftVan(LocalDate.now())).criteria())
                .extracting(Schoolbeeld.Criterium::criteriumId).contains(vijf);
        for (String persoon : List.of("emma", "marieke", "fatima", "annelies")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> schoolbeelden.schoolbeeld(kompas, Schooljaar.van(LocalDate.now()), Schooljaar.Periode.SCHOOLJAAR))
                    .as(persoon).isInstanceOf(AccessDeniedException.class);
        }
    }

    /**
     * The attack of the security test: five visits in one period, one more in a period that contains
     * it. With fixed periods the only such pair left is a half and its school year; the year must not
     * show the one visit of the other half, not in the number of visits nor in a criterion.
     */
    @Test
    void the_one_visit_that_a_school_year_adds_to_its_half_cannot_be_singled_out() {
        LocalDate vandaag = LocalDate.now();
        Schooljaar jaar = Schooljaar.van(vandaag);
        Schooljaar.Periode helft = helftVan(vandaag);
        LocalDate andereHelft = helft == Schooljaar.Periode.EERSTE_HELFT ? jaar.van(Schooljaar.Periode.TWEEDE_HELFT).plusDays(1)
                : jaar.tot(Schooljaar.Periode.EERSTE_HELFT);
        Assumptions.assumeTrue(!andereHelft.isBefore(vandaag.minusMonths(3)), "a visit may be dated at most three months back");

        Inloggen.als(inlog, "bram");
        UUID kompas = kijkwijzers.plekken().getFirst().schoolId();
        KijkwijzerDetails k = kijkwijzers.kijkwijzer(kijkwijzers.aanmaken(kompas, kijkwijzers.voorbeeld()), null);
        UUID criterium = k.inhoud().domeinen().get(2).criteria().get(1).id();
        for (String leerkracht : List.of("emma", "ruben", "mohamed", "femke", "ruben")) {
            bezoek(leerkracht, kompas, k.getoond().id(), List.of(criterium));
        }
        bezoek("emma", kompas, k.getoond().id(), List.of(criterium), andereHelft);

        Inloggen.als(inlog, "ingrid");
        assertThat(schoolbeelden.schoolbeeld(kompas, jaar, helft).criteria()).filteredOn(c -> c.criteriumId().equals(criterium))
                .singleElement().satisfies(c -> {
                    assertThat(c.bezoeken()).isEqualTo(5);
                    assertThat(c.deels()).isEqualTo(5L);
                });
        Schooljaar.Periode ander = helft == Schooljaar.Periode.EERSTE_HELFT ? Schooljaar.Periode.TWEEDE_HELFT : Schooljaar.Periode.EERSTE_HELFT;
        assertThat(schoolbeelden.schoolbeeld(kompas, jaar, ander).criteria()).extracting(Schoolbeeld.Criterium::criteriumId)
                .doesNotContain(criterium);
        assertThat(schoolbeelden.schoolbeeld(kompas, jaar, Schooljaar.Periode.SCHOOLJAAR).criteria())
                .as("6 in the year minus 5 in the half would be the one visit").extracting(Schoolbeeld.Criterium::criteriumId)
                .doesNotContain(criterium);
    }

    @Test
    void a_finished_visit_goes_after_its_boards_period_leaving_only_its_counts_and_a_younger_one_stays() {
        Inloggen.als(inlog, "bram");
        UUID kompas = kijkwijzers.plekken().getFirst().schoolId();
        KijkwijzerDetails k = kijkwijzers.kijkwijzer(kijkwijzers.aanmaken(kompas, kijkwijzers.voorbeeld()), null);
        UUID criterium = k.inhoud().domeinen().get(3).criteria().get(0).id();
        List<UUID> oud = new java.util.ArrayList<>();
        for (String leerkracht : List.of("emma", "ruben", "mohamed", "femke", "ruben")) {
            oud.add(bezoek(leerkracht, kompas, k.getoond().id(), List.of(criterium)));
        }
        UUID jong = bezoek("emma", kompas, k.getoond().id(), List.of(criterium));
        Inloggen.als(inlog, "bram");
        for (UUID id : java.util.stream.Stream.concat(oud.stream(), java.util.stream.Stream.of(jong)).toList()) {
            bezoeken.afronden(id, null, bezoeken.bezoek(id).version());
        }
        LocalDate vandaag = LocalDate.now();
        Inloggen.als(inlog, "ingrid");
        Schoolbeeld voor = schoolbeelden.schoolbeeld(kompas, Schooljaar.van(vandaag), helftVan(vandaag));

        // the fixture moves the close of five visits 25 months back, as if two years had passed for them
        jdbc.update("update klassenbezoek set afgerond_op = ? where id = any (?)",
                java.sql.Timestamp.from(java.time.ZonedDateTime.now().minusMonths(25).toInstant()), oud.toArray(UUID[]::new));
        assertThatThrownBy(() -> bewaartermijn.verwijderVerlopen(java.time.Instant.now()))
                .as("a person cannot run the retention job").isInstanceOf(AccessDeniedException.class);
        int verwijderd = nl.leerteam.shared.security.SysteemTaak.als(() -> bewaartermijn.verwijderVerlopen(java.time.Instant.now()));
        assertThat(verwijderd).isGreaterThanOrEqualTo(5);

        Inloggen.als(inlog, "emma");
        assertThatThrownBy(() -> bezoeken.bezoek(oud.getFirst())).as("the visit is gone for its teacher too")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(bezoeken.bezoek(jong).status()).as("a visit within its period stays").isEqualTo(BezoekStatus.AFGEROND);
        assertThat(jdbc.queryForObject("select count(*) from bezoek_focus where bezoek_id = any (?)", Long.class,
                (Object) oud.toArray(UUID[]::new))).as("with its observations").isZero();
        assertThat(audit.over(KlassenbezoekService.ONDERWERP, oud.getFirst())).last().satisfies(regel -> {
            assertThat(regel.actie()).isEqualTo(nl.leerteam.privacy.AuditActie.BEWAARTERMIJN_VERLOPEN);
            assertThat(regel.gebruikerId()).as("done by Leerteam, not a person").isNull();
        });

        Inloggen.als(inlog, "ingrid");
        Schoolbeeld na = schoolbeelden.schoolbeeld(kompas, Schooljaar.van(vandaag), helftVan(vandaag));
        assertThat(na.aantalBezoeken()).as("the school picture keeps its counts").isEqualTo(voor.aantalBezoeken());
        assertThat(na.criteria()).filteredOn(c -> c.criteriumId().equals(criterium)).singleElement().satisfies(c -> {
            assertThat(c.bezoeken()).isEqualTo(6);
            assertThat(c.deels()).isEqualTo(6L);
        });
    }

    private static Schooljaar.Periode helftVan(LocalDate datum) {
        return datum.isAfter(Schooljaar.van(datum).tot(Schooljaar.Periode.EERSTE_HELFT))
                ? Schooljaar.Periode.TWEEDE_HELFT : Schooljaar.Periode.EERSTE_HELFT;
    }
}
