package nl.leerteam.meldingen;

import nl.leerteam.klassenbezoek.BezoekPlanningService;
import nl.leerteam.klassenbezoek.Collega;
import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.platform.Domein;
import nl.leerteam.platform.VraagService;
import nl.leerteam.shared.i18n.LeerteamI18NProvider;
import nl.leerteam.shared.melding.Meldingsoort;
import nl.leerteam.shared.melding.Ruimte;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each kind of notification reaches the right people once: never the one who caused it, never someone outside the
 * space; it is read, counted and hidden by what its reader may read now.
 */
@LeerteamTest
class MeldingenTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    MeldingService meldingen;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private List<MeldingRegel> van(String wie) {
        Inloggen.als(inlog, wie);
        return meldingen.mijnMeldingen(LeerteamI18NProvider.DUTCH);
    }

    private List<MeldingRegel> over(String wie, UUID doel) {
        return van(wie).stream().filter(m -> m.pad().endsWith(doel.toString())).toList();
    }

    UUID geescaleerdeCasus(String vraag) {
        return Escaleren.casusVanPriya(context, inlog, vraag);
    }

    @Test
    void an_escalation_tells_the_schools_kc_once_and_nobody_else_and_its_text_holds_no_case_text() {
        int voor = aantal("fatima");
        UUID casus = geescaleerdeCasus("Hoe krijg ik haar aan het schrijven?");

        List<MeldingRegel> fatima = over("fatima", casus);
        assertThat(fatima).hasSize(1);
        assertThat(fatima.getFirst().soort()).isEqualTo(Meldingsoort.CASUS_GEESCALEERD);
        assertThat(fatima.getFirst().tekst()).startsWith("Priya Ramdin vraagt je hulp bij de casus van Leerling ")
                .doesNotContain("schrijven").doesNotContain("komen kijken");
        assertThat(fatima.getFirst().gelezen()).isFalse();
        assertThat(aantal("fatima")).isEqualTo(voor + 1);
        for (String niet : List.of("priya", "thomas", "bram", "henk", "annelies", "sanne")) {
            assertThat(over(niet, casus)).as(niet).isEmpty();
        }
        TweedeBestuur.zorgDatHetBestaat(context);
        assertThat(over("b-leerkracht", casus)).isEmpty();
    }

    @Test
    void reading_marks_one_then_all_and_nobody_marks_anothers() {
        UUID casus = geescaleerdeCasus("Hoe help ik hem bij het plannen?");
        MeldingRegel regel = over("fatima", casus).getFirst();

        Inloggen.als(inlog, "bram");
        meldingen.gelezen(regel.id());
        meldingen.allesGelezen();
        assertThat(over("fatima", casus).getFirst().gelezen()).as("Bram's clicks touch only his own").isFalse();

        Inloggen.als(inlog, "fatima");
        int voor = meldingen.ongelezen();
        meldingen.gelezen(regel.id());
        assertThat(over("fatima", casus).getFirst().gelezen()).isTrue();
        assertThat(aantal("fatima")).isEqualTo(voor - 1);
        meldingen.allesGelezen();
        assertThat(aantal("fatima")).isZero();
        assertThat(van("fatima")).allMatch(MeldingRegel::gelezen);
    }

    @Test
    void a_visit_planned_tells_the_other_one_of_the_two_only() {
        Inloggen.als(inlog, "sanne");
        BezoekPlanningService planning = context.getBean(BezoekPlanningService.class);
        Collega joris = planning.collegas().stream().filter(c -> c.naam().equals("Joris Bakker")).findFirst().orElseThrow();
        UUID bezoek = planning.plannen(joris.schoolId(), joris.id(), true, LocalDate.now().plusDays(9));

        List<MeldingRegel> aanJoris = over("joris", bezoek);
        assertThat(aanJoris).hasSize(1);
        assertThat(aanJoris.getFirst().soort()).isEqualTo(Meldingsoort.BEZOEK_GEPLAND);
        assertThat(aanJoris.getFirst().tekst()).startsWith("Sanne de Vries plande een klassenbezoek met je op ");
        assertThat(aanJoris.getFirst().pad()).isEqualTo("klassenbezoeken/" + bezoek);
        assertThat(over("sanne", bezoek)).isEmpty();
        for (String niet : List.of("fatima", "lotte", "marieke")) {
            assertThat(over(niet, bezoek)).as("a visit is its teacher's and observer's only: " + niet).isEmpty();
        }
    }

    @Test
    void an_answer_tells_the_asker_and_the_followers_and_a_new_question_those_who_follow_its_domain() {
        VraagService vragen = context.getBean(VraagService.class);
        String kenmerk = kenmerk();
        Inloggen.als(inlog, "annelies");
        context.getBean(nl.leerteam.platform.VolgService.class).volgen(Set.of(), Set.of(Domein.ZORGREGISSEUR));
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "b-bestuur");
        context.getBean(nl.leerteam.platform.VolgService.class).volgen(Set.of(), Set.of(Domein.ZORGREGISSEUR));

        Inloggen.als(inlog, "fatima");
        UUID vraag = vragen.stellen("Wie werkt met een " + kenmerk + "?", null, Domein.ZORGREGISSEUR, List.of(), false);
        assertThat(over("annelies", vraag)).extracting(MeldingRegel::soort).containsExactly(Meldingsoort.VRAAG_IN_GEVOLGD);
        assertThat(over("b-bestuur", vraag)).as("another board follows the same domain of its own platform").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from melding m join gebruiker g on g.id = m.ontvanger_id "
                + "where m.doel_id = ? and g.oidc_subject = 'b-bestuur'", Integer.class, vraag)).as("not even stored").isZero();
        assertThat(over("fatima", vraag)).as("the asker herself").isEmpty();

        Inloggen.als(inlog, "annelies");
        vragen.volgen(vraag, true);
        Inloggen.als(inlog, "bram");
        vragen.beantwoorden(vraag, "Wij, in groep 6.", false);
        assertThat(over("fatima", vraag)).extracting(MeldingRegel::soort).containsExactly(Meldingsoort.ANTWOORD_OP_VRAAG);
        assertThat(over("fatima", vraag).getFirst().tekst()).isEqualTo("Bram van Dijk beantwoordde je vraag 'Wie werkt met een "
                + kenmerk + "?'");
        assertThat(over("annelies", vraag)).extracting(MeldingRegel::soort)
                .containsExactly(Meldingsoort.GEVOLGDE_VRAAG_BEANTWOORD, Meldingsoort.VRAAG_IN_GEVOLGD);
        assertThat(over("bram", vraag)).isEmpty();
        assertThat(over("sanne", vraag)).as("a teacher does not read the platform").isEmpty();
        Inloggen.als(inlog, "annelies");
        context.getBean(nl.leerteam.platform.VolgService.class).volgen(Set.of(), Set.of());
    }

    @Test
    void a_card_submitted_waits_for_the_kcs_of_the_boards_other_schools() {
        Inloggen.als(inlog, "bram");
        nl.leerteam.platform.PraktijkkaartService kaarten = context.getBean(nl.leerteam.platform.PraktijkkaartService.class);
        UUID kompas = kaarten.schrijfScholen().keySet().iterator().next();
        String titel = "Korte instructie " + kenmerk();
        UUID kaart = kaarten.nieuw(kompas, new nl.leerteam.platform.KaartInvoer(titel, Domein.LEERCOORDINATOR, List.of(), List.of(5),
                null, null, "Leerlingen haakten af.", "Korte instructie.", "Rosenshine.", "Drie stappen.", "Meer aan het werk.",
                null, null, null), false);
        assertThat(over("fatima", kaart)).as("a concept is nobody's business yet").isEmpty();
        Inloggen.als(inlog, "bram");
        kaarten.indienen(kaart, kaarten.kaart(kaart).version(), false);

        List<MeldingRegel> fatima = over("fatima", kaart);
        assertThat(fatima).as("once, though she is KC of two other schools").hasSize(1);
        assertThat(fatima.getFirst().tekst()).isEqualTo("Bram van Dijk vraagt je de praktijkkaart '" + titel + "' te beoordelen");
        for (String niet : List.of("bram", "emma", "sanne", "annelies")) {
            assertThat(over(niet, kaart)).as(niet).isEmpty();
        }
    }

    @Test
    void a_notification_is_not_shown_or_counted_once_its_reader_lost_access() {
        UUID casus = geescaleerdeCasus("Hoe help ik haar met rekenen?");
        Inloggen.als(inlog, "fatima");
        int metToegang = meldingen.ongelezen();
        assertThat(over("fatima", casus)).hasSize(1);
        UUID fatima = jdbc.queryForObject("select id from gebruiker where oidc_subject = 'fatima'", UUID.class);
        Inloggen.als(inlog, "henk");
        nl.leerteam.organisatie.BeheerService beheer = context.getBean(nl.leerteam.organisatie.BeheerService.class);
        UUID wegwijzer = beheer.beheerbareScholen().getFirst().id();
        beheer.rollenInstellen(wegwijzer, fatima, Set.of(nl.leerteam.shared.security.Rol.LEERKRACHT));
        try {
            assertThat(over("fatima", casus)).as("no longer KC of the case's school").isEmpty();
            Inloggen.als(inlog, "fatima");
            assertThat(meldingen.ongelezen()).as("nor counted (with the other cases of that school)").isLessThan(metToegang);
        } finally {
            Inloggen.als(inlog, "henk");
            beheer.rollenInstellen(wegwijzer, fatima, Set.of(nl.leerteam.shared.security.Rol.KC));
        }
        assertThat(over("fatima", casus)).as("KC again: it is hers again").hasSize(1);
    }

    @Test
    void preferences_are_per_space_the_platform_only_for_its_readers_and_nobody_else_sets_them() {
        Inloggen.als(inlog, "sanne");
        assertThat(meldingen.voorkeuren()).extracting(Voorkeur::ruimte)
                .containsExactly(Ruimte.LEERTEAM, Ruimte.KLASSENBEZOEK, Ruimte.TRENDS);
        assertThat(meldingen.voorkeuren()).allMatch(v -> v.direct() && v.samenvatting() == Samenvatting.WEKELIJKS);
        meldingen.voorkeurenOpslaan(List.of(new Voorkeur(Ruimte.LEERTEAM, false, Samenvatting.DAGELIJKS)));
        assertThat(meldingen.voorkeuren().getFirst()).isEqualTo(new Voorkeur(Ruimte.LEERTEAM, false, Samenvatting.DAGELIJKS));
        assertThatThrownBy(() -> meldingen.voorkeurenOpslaan(List.of(new Voorkeur(Ruimte.PLATFORM, true, Samenvatting.GEEN))))
                .isInstanceOf(InvoerFout.class);
        assertThatThrownBy(() -> meldingen.voorkeurenOpslaan(List.of(new Voorkeur(Ruimte.TRENDS, true, null))))
                .isInstanceOf(InvoerFout.class);
        Inloggen.als(inlog, "joris");
        assertThat(meldingen.voorkeuren().getFirst()).as("Sanne's choice is hers").isEqualTo(Voorkeur.standaard(Ruimte.LEERTEAM));
        Inloggen.als(inlog, "fatima");
        assertThat(meldingen.voorkeuren()).extracting(Voorkeur::ruimte).contains(Ruimte.PLATFORM);
        Inloggen.als(inlog, "sanne");
        meldingen.voorkeurenOpslaan(List.of(Voorkeur.standaard(Ruimte.LEERTEAM)));

        Inloggen.uit();
        assertThatThrownBy(() -> meldingen.mijnMeldingen(LeerteamI18NProvider.DUTCH))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private int aantal(String wie) {
        Inloggen.als(inlog, wie);
        return meldingen.ongelezen();
    }

    static String kenmerk() {
        Random r = new Random();
        return IntStream.range(0, 7).mapToObj(i -> String.valueOf((char) ('a' + r.nextInt(26)))).collect(Collectors.joining());
    }
}
