package nl.leerteam.leerlingbespreking;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.shared.domain.InvoerFout;
import nl.leerteam.support.Inloggen;
import nl.leerteam.support.LeerteamTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every free-text field of the discussion and the escalation, with a megabyte of text, a NUL,
 * zero-width and right-to-left override characters: a clear refusal of that field. Markup is
 * stored as the text it is (the screens show it as text, never as HTML).
 */
@LeerteamTest
class SlechteInvoerTest {

    static final List<String> SLECHT = List.of("x".repeat(1_000_001), "nul\u0000teken", "nul-\u200Bbreedte",
            "rechts\u202Enaar-links", "\u2066omgekeerd\u2069");
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");

    @Autowired
    InlogService inlog;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    CasusService casussen;
    @Autowired
    BesprekingService besprekingen;
    @Autowired
    EscalatieService escalaties;

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private static void elkVeld(String veld, Consumer<String> opslaan) {
        for (String slecht : SLECHT) {
            assertThatThrownBy(() -> opslaan.accept(slecht)).as(veld).isInstanceOf(InvoerFout.class)
                    .satisfies(e -> assertThat(((InvoerFout) e).berichtKey()).isIn("fout.te-lang", "fout.onzichtbare-tekens"));
        }
        for (String markup : MARKUP) {
            assertThatCode(() -> opslaan.accept(markup)).as(veld).doesNotThrowAnyException();
        }
    }

    @Test
    void every_text_field_of_the_discussion_and_the_escalation_refuses_bad_text_and_keeps_markup_as_text() {
        Inloggen.als(inlog, "emma");
        UUID team = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        UUID casusId = casussen.inbrengen(team, new CasusFormulier(null, 2, "Hoe leert zij de letters?", null, null, null, null,
                true, LocalDate.now(), "Samen oefenen.", null, Set.of(), null), false).id();
        BesprekingPagina.RondeBalk b = besprekingen.starten(casusId).balk();
        besprekingen.naarRonde(b.besprekingId(), Ronde.VRAGEN, b.version());
        elkVeld("vraag", tekst -> besprekingen.vraagStellen(b.besprekingId(), tekst, false));
        BesprekingPagina.Vraag vraag = besprekingen.pagina(casusId).vragen().vragen().getFirst();
        assertThat(vraag.tekst()).isEqualTo(MARKUP.getFirst());
        elkVeld("antwoord", tekst -> {
            BesprekingPagina.Vraag actueel = besprekingen.pagina(casusId).vragen().vragen().getFirst();
            besprekingen.beantwoorden(actueel.id(), tekst, actueel.version(), false);
        });
        naar(casusId, Ronde.ANALYSE);
        elkVeld("factor", tekst -> besprekingen.factorToevoegen(b.besprekingId(), Factor.OMGEVING_STIMULEREND, tekst, false));
        naar(casusId, Ronde.IDEEEN);
        elkVeld("idee", tekst -> besprekingen.ideeToevoegen(b.besprekingId(), tekst, false));
        naar(casusId, Ronde.AFSPRAKEN);
        elkVeld("afspraak", tekst -> besprekingen.afspraakMaken(b.besprekingId(), null, tekst, LocalDate.now(), false));
        elkVeld("evaluatie", tekst -> {
            BesprekingPagina.AfspraakRegel a = besprekingen.afspraken(casusId).getFirst();
            besprekingen.evalueren(a.id(), EvaluatieResultaat.NIET_GENOEG, tekst, a.version(), false);
        });
        for (String slecht : SLECHT) {
            assertThatThrownBy(() -> escalaties.escaleren(casusId, slecht, false)).isInstanceOf(InvoerFout.class);
        }
        escalaties.escaleren(casusId, MARKUP.getLast(), false);
        UUID escalatieId = escalaties.escalaties(casusId).escalaties().getFirst().id();
        assertThat(escalaties.escalaties(casusId).escalaties().getFirst().vraag()).isEqualTo(MARKUP.getLast());
        elkVeld("antwoord aan de KC", tekst -> escalaties.bericht(escalatieId, BerichtSoort.ANTWOORD, tekst, false));
        Inloggen.als(inlog, "bram");
        elkVeld("advies", tekst -> escalaties.bericht(escalatieId, BerichtSoort.ADVIES, tekst, false));
    }

    private void naar(UUID casusId, Ronde ronde) {
        BesprekingPagina.RondeBalk b = besprekingen.pagina(casusId).balk();
        besprekingen.naarRonde(b.besprekingId(), ronde, b.version());
    }
}
