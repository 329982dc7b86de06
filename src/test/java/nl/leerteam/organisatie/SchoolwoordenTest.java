package nl.leerteam.organisatie;

import nl.leerteam.privacy.AuditActie;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.privacy.PrivacyControle;
import nl.leerteam.privacy.PrivacyFinding;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A KC fixes a false alarm once for her school: a word on the school's list is no name for anyone who writes there, still
 * one at another school; only the school's KCs keep the list, and every change is in the audit log.
 */
@LeerteamTest
class SchoolwoordenTest {

    /** A made-up project name that reads like a pupil's name at the start of a sentence. */
    private static final String PROJECT = "Sterrenpad";
    private static final String TEKST = "Sterrenpad werkt goed in groep 5, de kinderen plannen zelf.";

    @Autowired
    InlogService inlog;
    @Autowired
    SchoolwoordenService schoolwoorden;
    @Autowired
    PrivacyControle privacy;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void schoon() {
        Inloggen.uit();
        // a bulk statement of the test's own fixture, past the event rule like every bulk statement
        jdbc.update("delete from school_woord where lower(woord) = lower(?)", PROJECT);
    }

    @Test
    void a_word_the_kc_lists_is_no_name_for_anyone_at_her_school_and_still_one_elsewhere() {
        Inloggen.als(inlog, "lotte");
        assertThat(namen(TEKST)).as("before: the project reads as a pupil's name").isNotEmpty();

        Inloggen.als(inlog, "fatima");
        UUID regenboog = schoolwoorden.mijnScholen().stream().filter(s -> s.naam().contains("Regenboog")).findFirst()
                .orElseThrow().id();
        Schoolwoord woord = schoolwoorden.toevoegen(regenboog, "  sterrenpad ");
        assertThat(woord.woord()).isEqualTo("sterrenpad");
        assertThat(schoolwoorden.woorden(regenboog)).extracting(Schoolwoord::woord, Schoolwoord::door)
                .contains(org.assertj.core.groups.Tuple.tuple("sterrenpad", "Fatima El Amrani"));
        assertThat(audit.over(OrganisatieListener.SCHOOLWOORD, woord.id())).extracting(AuditRegel::actie)
                .containsExactly(AuditActie.AANGEMAAKT);

        Inloggen.als(inlog, "lotte");
        assertThat(namen(TEKST)).as("the list counts for every writer of the school").isEmpty();
        assertThat(namen("Sterrenpad werkt goed. Daan is faalangstig.")).as("other names are still found").hasSize(1);

        Inloggen.als(inlog, "priya");
        assertThat(namen(TEKST)).as("another school's list is not this school's").isNotEmpty();

        Inloggen.als(inlog, "fatima");
        schoolwoorden.verwijderen(regenboog, woord.id());
        assertThat(audit.over(OrganisatieListener.SCHOOLWOORD, woord.id())).extracting(AuditRegel::actie)
                .containsExactly(AuditActie.AANGEMAAKT, AuditActie.VERWIJDERD);
        Inloggen.als(inlog, "lotte");
        assertThat(namen(TEKST)).as("taken off the list, it is flagged again").isNotEmpty();
    }

    @Test
    void only_the_schools_kcs_keep_the_list() {
        Inloggen.als(inlog, "fatima");
        UUID regenboog = schoolwoorden.mijnScholen().stream().filter(s -> s.naam().contains("Regenboog")).findFirst()
                .orElseThrow().id();
        Schoolwoord woord = schoolwoorden.toevoegen(regenboog, PROJECT);

        Inloggen.als(inlog, "lotte");
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, "Zonnepad")).as("a teacher adds nothing")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schoolwoorden.verwijderen(regenboog, woord.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schoolwoorden.woorden(regenboog)).isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "bram");
        assertThat(schoolwoorden.mijnScholen()).extracting(SchoolSamenvatting::id).doesNotContain(regenboog);
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, "Zonnepad")).as("nor a KC of another school")
                .isInstanceOf(AccessDeniedException.class);
        UUID zijnSchool = schoolwoorden.mijnScholen().getFirst().id();
        assertThatThrownBy(() -> schoolwoorden.verwijderen(zijnSchool, woord.id()))
                .as("a word of another school is not reached through one's own").isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "annelies");
        assertThatThrownBy(() -> schoolwoorden.woorden(regenboog)).as("nor the board").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_word_is_refused_when_empty_too_long_not_word_shaped_or_already_listed() {
        Inloggen.als(inlog, "fatima");
        UUID regenboog = schoolwoorden.mijnScholen().stream().filter(s -> s.naam().contains("Regenboog")).findFirst()
                .orElseThrow().id();
        schoolwoorden.toevoegen(regenboog, PROJECT);
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, "STERRENPAD")).isInstanceOf(InvoerFout.class)
                .extracting(e -> ((InvoerFout) e).berichtKey()).isEqualTo("fout.schoolwoord.bestaat");
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, " ")).extracting(e -> ((InvoerFout) e).berichtKey())
                .isEqualTo("fout.verplicht");
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, "0612345678")).extracting(e -> ((InvoerFout) e).berichtKey())
                .isEqualTo("fout.schoolwoord.vorm");
        assertThatThrownBy(() -> schoolwoorden.toevoegen(regenboog, "a".repeat(61))).extracting(e -> ((InvoerFout) e).berichtKey())
                .isEqualTo("fout.te-lang");
    }

    private List<PrivacyFinding> namen(String tekst) {
        Map<String, List<PrivacyFinding>> gevonden = privacy.bevindingen(Map.of("tekst", tekst));
        return gevonden.getOrDefault("tekst", List.of()).stream().filter(f -> f.kind() == PrivacyFinding.Kind.NAME).toList();
    }
}
