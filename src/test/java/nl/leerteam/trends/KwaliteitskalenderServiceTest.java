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
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class KwaliteitskalenderServiceTest {

    private static final BiFunction<String, Object[], String> SLEUTELS = (key, params) -> key + (params.length == 0 ? "" : " " + params[0]);

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    KwaliteitskalenderService kalender;
    @Autowired
    TrendService trends;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    @Test
    void the_calendar_shows_the_windows_with_their_imports_the_discussions_and_the_evaluations_due() {
        Inloggen.als(inlog, "emma");
        UUID kompas = trends.scholen().getFirst().schoolId();
        Schooljaar vorig = Schooljaar.van(LocalDate.now()).vorige();
        List<Kalendermoment> vorigJaar = kalender.kalender(kompas, vorig);
        assertThat(vorigJaar).filteredOn(m -> m.soort() == Kalendermoment.Soort.TOETSVENSTER)
                .extracting(Kalendermoment::titel, Kalendermoment::stand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M", Kalendermoment.Stand.GEDAAN),
                        org.assertj.core.groups.Tuple.tuple("E", Kalendermoment.Stand.GEDAAN));
        assertThat(vorigJaar).filteredOn(m -> m.soort() == Kalendermoment.Soort.TRENDGESPREK)
                .anySatisfy(m -> assertThat(m.titel()).isEqualTo("Begrijpend lezen in de bovenbouw na de E-toetsen"));
        assertThat(vorigJaar).extracting(Kalendermoment::van).isSorted();

        List<Kalendermoment> ditJaar = kalender.kalender(kompas, Schooljaar.van(LocalDate.now()));
        assertThat(ditJaar).filteredOn(m -> m.soort() == Kalendermoment.Soort.EVALUATIE).as("the demonstration intervention")
                .anySatisfy(m -> assertThat(m.van()).isEqualTo(Toetsvenster.evaluatieNa(
                        LocalDate.of(Schooljaar.van(LocalDate.now()).beginjaar(), 9, 1))));

        TweedeBestuur.zorgDatHetBestaat(context);
        for (String persoon : List.of("sanne", "b-directeur")) {
            Inloggen.als(inlog, persoon);
            assertThatThrownBy(() -> kalender.kalender(kompas, vorig)).as(persoon).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_secret_feed_works_without_a_login_until_it_is_replaced_or_revoked() {
        Inloggen.als(inlog, "bram");
        assertThat(kalender.feedSinds()).isEmpty();
        String eerste = kalender.nieuweFeed();
        assertThat(kalender.feedSinds()).isPresent();
        Inloggen.uit();
        String ics = kalender.feed(eerste, SLEUTELS).orElseThrow();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("Kindcentrum Het Kompas: kalender.venster.m")
                .as("only the code owner's schools").doesNotContain("OBS De Regenboog");

        Inloggen.als(inlog, "bram");
        String tweede = kalender.nieuweFeed();
        Inloggen.uit();
        assertThat(kalender.feed(eerste, SLEUTELS)).as("a new link ends the old one").isEmpty();
        assertThat(kalender.feed(tweede, SLEUTELS)).isPresent();
        assertThat(kalender.feed("x".repeat(43), SLEUTELS)).isEmpty();
        assertThat(kalender.feed("' or 1=1 --", SLEUTELS)).isEmpty();

        Inloggen.als(inlog, "bram");
        kalender.feedIntrekken();
        Inloggen.uit();
        assertThat(kalender.feed(tweede, SLEUTELS)).as("revoked").isEmpty();
    }
}
