package nl.leerteam.leerlingbespreking;

import nl.leerteam.organisatie.InlogService;
import nl.leerteam.organisatie.LeerteamSamenvatting;
import nl.leerteam.organisatie.OrganisatieService;
import nl.leerteam.organisatie.TweedeBestuur;
import nl.leerteam.privacy.AuditLog;
import nl.leerteam.privacy.AuditRegel;
import nl.leerteam.privacy.PrivacyBezwaar;
import nl.leerteam.shared.domain.GelijktijdigGewijzigd;
import nl.leerteam.shared.domain.InvoerFout;
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

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@LeerteamTest
class BesprekingServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InlogService inlog;
    @Autowired
    CasusService casussen;
    @Autowired
    BesprekingService besprekingen;
    @Autowired
    EscalatieService escalaties;
    @Autowired
    OrganisatieService organisatie;
    @Autowired
    AuditLog audit;

    private UUID onderbouw;
    private UUID casusId;

    @BeforeEach
    void casus() {
        TweedeBestuur.zorgDatHetBestaat(context);
        Inloggen.als(inlog, "sanne");
        onderbouw = organisatie.mijnOverzicht().mijnLeerteams().stream().map(LeerteamSamenvatting::id).findFirst().orElseThrow();
        casusId = casussen.inbrengen(onderbouw, CasusServiceTest.formulier("Hoe help ik haar starten?"), false).id();
    }

    @AfterEach
    void uit() {
        Inloggen.uit();
    }

    private BesprekingPagina.RondeBalk gestart() {
        return besprekingen.starten(casusId).balk();
    }

    private BesprekingPagina.RondeBalk naar(Ronde ronde) {
        Inloggen.als(inlog, "sanne");
        BesprekingPagina.RondeBalk b = besprekingen.pagina(casusId).balk();
        besprekingen.naarRonde(b.besprekingId(), ronde, b.version());
        return besprekingen.pagina(casusId).balk();
    }

    @Test
    void the_facilitator_leads_the_rounds_and_everyone_adds_to_the_round_it_belongs_to() {
        BesprekingPagina.RondeBalk b = gestart();
        assertThat(b.ronde()).isEqualTo(Ronde.INBRENG);
        assertThat(b.ikLeid()).isTrue();
        assertThat(resterend(b)).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(Ronde.INBRENG.standaardMinuten()));

        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> besprekingen.vraagStellen(b.besprekingId(), "Wanneer begon het?", false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.bespreking.andere-ronde");
        assertThatThrownBy(() -> besprekingen.naarRonde(b.besprekingId(), Ronde.VRAGEN, b.version()))
                .as("only the facilitator moves the rounds").isInstanceOf(AccessDeniedException.class);

        naar(Ronde.VRAGEN);
        Inloggen.als(inlog, "joris");
        besprekingen.vraagStellen(b.besprekingId(), "Wanneer begon het?", false);
        Inloggen.als(inlog, "fatima");
        besprekingen.vraagStellen(b.besprekingId(), "Hoe is het in de gymles?", false);

        Inloggen.als(inlog, "sanne");
        BesprekingPagina stand = besprekingen.pagina(casusId);
        assertThat(stand.vragen().vragen()).extracting(BesprekingPagina.Vraag::tekst)
                .containsExactly("Wanneer begon het?", "Hoe is het in de gymles?");
        assertThat(stand.vragen().vragen().getFirst().auteurNaam()).isEqualTo("Joris Bakker");
        BesprekingPagina.Vraag eerste = stand.vragen().vragen().getFirst();
        besprekingen.beantwoorden(eerste.id(), "Na de herfstvakantie.", eerste.version(), false);
        assertThatThrownBy(() -> besprekingen.beantwoorden(eerste.id(), "Eigenlijk al eerder.", eerste.version(), false))
                .as("an answer saved from a stale read").isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(besprekingen.pagina(casusId).vragen().vragen().getFirst().antwoord()).isEqualTo("Na de herfstvakantie.");

        Inloggen.als(inlog, "joris");
        BesprekingPagina.Vraag vraag = besprekingen.pagina(casusId).vragen().vragen().getFirst();
        assertThatThrownBy(() -> besprekingen.beantwoorden(vraag.id(), "Ik weet het", vraag.version(), false))
                .as("only the owner answers").isInstanceOf(AccessDeniedException.class);

        naar(Ronde.ANALYSE);
        Inloggen.als(inlog, "joris");
        besprekingen.factorToevoegen(b.besprekingId(), Factor.KIND_STIMULEREND, "Wil graag helpen", false);
        besprekingen.factorToevoegen(b.besprekingId(), Factor.OMGEVING_BELEMMEREND, "Drukke groep", false);
        assertThatThrownBy(() -> besprekingen.factorToevoegen(b.besprekingId(), null, "Zonder soort", false)).isInstanceOf(InvoerFout.class);

        naar(Ronde.IDEEEN);
        Inloggen.als(inlog, "joris");
        besprekingen.ideeToevoegen(b.besprekingId(), "Een stappenkaart op tafel", false);
        besprekingen.ideeToevoegen(b.besprekingId(), "Samen starten met een maatje", false);

        BesprekingPagina.RondeBalk afspraken = naar(Ronde.AFSPRAKEN);
        assertThat(resterend(afspraken)).isPositive();
        BesprekingPagina.Idee idee = besprekingen.pagina(casusId).ideeen().ideeen().getFirst();
        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> besprekingen.afspraakMaken(b.besprekingId(), idee.id(), idee.tekst(), LocalDate.now().plusWeeks(6), false))
                .as("the owner chooses").isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> besprekingen.afspraakMaken(b.besprekingId(), idee.id(), idee.tekst(), LocalDate.now().minusDays(1), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "evaluatiedatum");
        besprekingen.afspraakMaken(b.besprekingId(), idee.id(), idee.tekst(), LocalDate.now().plusWeeks(6), false);

        BesprekingPagina eind = besprekingen.pagina(casusId);
        assertThat(eind.analyse().factoren()).extracting(BesprekingPagina.FactorRegel::factor)
                .containsExactly(Factor.KIND_STIMULEREND, Factor.OMGEVING_BELEMMEREND);
        assertThat(eind.ideeen().ideeen()).extracting(BesprekingPagina.Idee::gekozen).containsExactly(true, false);
        assertThat(eind.afspraken().afspraken()).singleElement().satisfies(a -> {
            assertThat(a.tekst()).isEqualTo("Een stappenkaart op tafel");
            assertThat(a.teEvalueren()).isFalse();
        });

        BesprekingPagina.RondeBalk laatste = naar(Ronde.AFSLUITING);
        besprekingen.afronden(laatste.besprekingId(), laatste.version());
        assertThat(besprekingen.pagina(casusId).balk().lopend()).isFalse();
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.besprekingId(), "Te laat", false)).isInstanceOf(InvoerFout.class);
    }

    @Test
    void a_stale_round_change_is_refused_and_the_round_stays() {
        BesprekingPagina.RondeBalk b = gestart();
        besprekingen.naarRonde(b.besprekingId(), Ronde.VRAGEN, b.version());
        assertThatThrownBy(() -> besprekingen.naarRonde(b.besprekingId(), Ronde.ANALYSE, b.version()))
                .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(besprekingen.pagina(casusId).balk().ronde()).isEqualTo(Ronde.VRAGEN);
    }

    @Test
    void one_discussion_runs_per_case_and_a_second_start_joins_it() {
        UUID eerste = gestart().besprekingId();
        Inloggen.als(inlog, "joris");
        BesprekingPagina stand = besprekingen.starten(casusId);
        assertThat(stand.balk().besprekingId()).isEqualTo(eerste);
        assertThat(stand.balk().ikLeid()).isFalse();
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> besprekingen.starten(casusId)).as("a KC joins, a member leads")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contributions_go_through_the_privacy_guard_and_bad_input_is_refused_clearly() {
        BesprekingPagina.RondeBalk b = gestart();
        naar(Ronde.IDEEEN);
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.besprekingId(), "Vraag BSN 111222333 op", false))
                .isInstanceOf(PrivacyBezwaar.class).satisfies(e -> assertThat(((PrivacyBezwaar) e).blokkerend()).isTrue());
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.besprekingId(), "Laat Daan naast Mila zitten", false))
                .isInstanceOf(PrivacyBezwaar.class);
        besprekingen.ideeToevoegen(b.besprekingId(), "Laat Daan naast Mila zitten", true);
        assertThat(audit.over("CASUS", casusId)).extracting(AuditRegel::actie).contains(nl.leerteam.privacy.AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD);

        for (String slecht : new String[]{"x".repeat(1_000_001), "met\u0000nul", "on\u200Bzichtbaar", "om\u202Egekeerd", "  "}) {
            assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.besprekingId(), slecht, false)).isInstanceOf(InvoerFout.class);
        }
        besprekingen.ideeToevoegen(b.besprekingId(), "<script>alert(1)</script><img src=x onerror=alert(2)>", false);
        assertThat(besprekingen.pagina(casusId).ideeen().ideeen()).extracting(BesprekingPagina.Idee::tekst)
                .contains("<script>alert(1)</script><img src=x onerror=alert(2)>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte", "noor", "b-leerkracht", "b-directeur", "marieke", "annelies"})
    void nobody_outside_the_leerteam_and_its_kcs_reads_or_joins_the_discussion(String persoon) {
        BesprekingPagina.RondeBalk b = gestart();
        naar(Ronde.VRAGEN);
        Inloggen.als(inlog, persoon);
        assertThatThrownBy(() -> besprekingen.pagina(casusId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> besprekingen.vraagStellen(b.besprekingId(), "Mag ik meedoen?", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> escalaties.escalaties(casusId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void round_lengths_are_set_per_leerteam_within_limits() {
        Map<Ronde, Integer> minuten = new EnumMap<>(besprekingen.rondeMinuten(onderbouw));
        minuten.put(Ronde.VRAGEN, 61);
        assertThatThrownBy(() -> besprekingen.rondeMinutenInstellen(onderbouw, minuten))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "VRAGEN");
        minuten.put(Ronde.VRAGEN, 12);
        besprekingen.rondeMinutenInstellen(onderbouw, minuten);
        assertThat(besprekingen.rondeMinuten(onderbouw)).containsEntry(Ronde.VRAGEN, 12);
        BesprekingPagina.RondeBalk vragen = naarNa(gestart());
        assertThat(resterend(vragen)).isGreaterThan(java.time.Duration.ofMinutes(11)).isLessThanOrEqualTo(java.time.Duration.ofMinutes(12));

        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> besprekingen.rondeMinutenInstellen(onderbouw, minuten)).isInstanceOf(AccessDeniedException.class);
    }

    private static java.time.Duration resterend(BesprekingPagina.RondeBalk b) {
        return java.time.Duration.between(java.time.Instant.now(), b.rondeEinde());
    }

    private BesprekingPagina.RondeBalk naarNa(BesprekingPagina.RondeBalk b) {
        besprekingen.naarRonde(b.besprekingId(), Ronde.VRAGEN, b.version());
        return besprekingen.pagina(casusId).balk();
    }

    @Test
    void the_owner_escalates_after_an_evaluation_that_was_not_enough_and_with_parents_involved_and_the_kc_decides() {
        BesprekingPagina.RondeBalk b = gestart();
        naar(Ronde.AFSPRAKEN);
        besprekingen.afspraakMaken(b.besprekingId(), null, "Dagelijks kort gesprek bij de start", LocalDate.now(), false);
        assertThat(escalaties.escalaties(casusId).escalerenGeweigerd()).isEqualTo("fout.escalatie.ouders");

        CasusDetails casus = casussen.casus(casusId);
        CasusFormulier f = casus.inhoud();
        casussen.wijzigen(casusId, new CasusFormulier(f.pseudoniem(), f.groep(), f.hulpvraag(), f.watZieIk(), f.alGeprobeerd(),
                f.watGaatGoed(), f.watBelemmert(), true, LocalDate.now().minusDays(3), "Thuis ook een stappenkaart.", null,
                f.tags(), f.version()), false);
        assertThatThrownBy(() -> escalaties.escaleren(casusId, "Wat kan ik nog meer doen?", false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.escalatie.evaluatie");

        BesprekingPagina.AfspraakRegel afspraak = besprekingen.afspraken(casusId).getFirst();
        assertThat(afspraak.teEvalueren()).as("due today").isTrue();
        besprekingen.evalueren(afspraak.id(), EvaluatieResultaat.NIET_GENOEG, "Start gaat iets beter, de rest niet.",
                afspraak.version(), false);
        assertThatThrownBy(() -> besprekingen.evalueren(afspraak.id(), EvaluatieResultaat.GENOEG, "Toch wel", afspraak.version(), false))
                .isInstanceOf(GelijktijdigGewijzigd.class);

        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> escalaties.escaleren(casusId, "Namens Sanne", false)).isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        escalaties.escaleren(casusId, "Wat kan ik nog meer doen?", false);
        assertThat(casussen.casus(casusId).status()).isEqualTo(CasusStatus.GEESCALEERD);
        assertThatThrownBy(() -> escalaties.escaleren(casusId, "Nog een keer", false)).isInstanceOf(InvoerFout.class);

        Inloggen.als(inlog, "bram");
        assertThat(escalaties.voorMij()).extracting(OpenEscalatie::casusId).doesNotContain(casusId);
        Inloggen.als(inlog, "fatima");
        assertThat(escalaties.voorMij()).filteredOn(e -> e.casusId().equals(casusId)).singleElement()
                .satisfies(e -> assertThat(e.vraag()).isEqualTo("Wat kan ik nog meer doen?"));
        EscalatieStand stand = escalaties.escalaties(casusId);
        assertThat(stand.ikBenKc()).isTrue();
        UUID escalatieId = stand.escalaties().getFirst().id();
        escalaties.bericht(escalatieId, BerichtSoort.VRAAG, "Hoe reageert ze op een timer?", false);
        assertThatThrownBy(() -> escalaties.bericht(escalatieId, BerichtSoort.ANTWOORD, "Ik antwoord zelf", false))
                .isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        escalaties.bericht(escalatieId, BerichtSoort.ANTWOORD, "Goed, als hij zichtbaar is.", false);
        assertThatThrownBy(() -> escalaties.vervolgstap(escalatieId, Vervolgstap.KLASSENBEZOEK, LocalDate.now(), null, 0L))
                .isInstanceOf(AccessDeniedException.class);

        Inloggen.als(inlog, "fatima");
        escalaties.bericht(escalatieId, BerichtSoort.ADVIES, "Probeer een time-timer en kom terug in het leerteam.", false);
        long version = escalaties.escalaties(casusId).escalaties().getFirst().version();
        assertThatThrownBy(() -> escalaties.vervolgstap(escalatieId, Vervolgstap.VERWIJZING, LocalDate.now().plusWeeks(2), null, version))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "verwijzing");
        escalaties.vervolgstap(escalatieId, Vervolgstap.VERWIJZING, LocalDate.now().plusWeeks(2), Verwijzing.ONDERZOEK, version);
        assertThatThrownBy(() -> escalaties.vervolgstap(escalatieId, Vervolgstap.KLASSENBEZOEK, LocalDate.now(), null, version))
                .isInstanceOf(GelijktijdigGewijzigd.class);

        EscalatieStand na = escalaties.escalaties(casusId);
        assertThat(na.escalaties().getFirst().berichten()).extracting(EscalatieStand.Bericht::soort)
                .containsExactly(BerichtSoort.VRAAG, BerichtSoort.ANTWOORD, BerichtSoort.ADVIES);
        assertThat(na.escalaties().getFirst().verwijzing()).isEqualTo(Verwijzing.ONDERZOEK);
        assertThat(escalaties.voorMij()).extracting(OpenEscalatie::casusId).doesNotContain(casusId);

        Inloggen.als(inlog, "sanne");
        casussen.afsluiten(casusId, casussen.casus(casusId).inhoud().version());
        assertThat(casussen.casus(casusId).status()).isEqualTo(CasusStatus.GESLOTEN);
    }

    @Test
    void another_round_sends_the_case_back_to_the_leerteam() {
        BesprekingPagina.RondeBalk b = gestart();
        naar(Ronde.AFSPRAKEN);
        besprekingen.afspraakMaken(b.besprekingId(), null, "Vaste startopdracht", LocalDate.now(), false);
        CasusFormulier f = casussen.casus(casusId).inhoud();
        casussen.wijzigen(casusId, new CasusFormulier(f.pseudoniem(), f.groep(), f.hulpvraag(), f.watZieIk(), f.alGeprobeerd(),
                f.watGaatGoed(), f.watBelemmert(), true, LocalDate.now(), "Ouders denken mee.", null, f.tags(), f.version()), false);
        BesprekingPagina.AfspraakRegel a = besprekingen.afspraken(casusId).getFirst();
        besprekingen.evalueren(a.id(), EvaluatieResultaat.NIET_GENOEG, "Geen verschil.", a.version(), false);
        escalaties.escaleren(casusId, "Graag een frisse blik.", false);

        Inloggen.als(inlog, "fatima");
        EscalatieStand.Escalatie e = escalaties.escalaties(casusId).escalaties().getFirst();
        escalaties.vervolgstap(e.id(), Vervolgstap.NIEUWE_RONDE, LocalDate.now().plusWeeks(1), Verwijzing.JEUGDHULP, e.version());
        assertThat(casussen.casus(casusId).status()).isEqualTo(CasusStatus.OPEN);
        assertThat(escalaties.escalaties(casusId).escalaties().getFirst().verwijzing())
                .as("a referral kind only goes with a referral").isNull();
    }
}
