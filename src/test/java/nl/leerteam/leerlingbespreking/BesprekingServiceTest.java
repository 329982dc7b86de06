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

    private BesprekingStand.Bespreking gestart() {
        return besprekingen.starten(casusId).bespreking();
    }

    private BesprekingStand.Bespreking naar(Ronde ronde) {
        Inloggen.als(inlog, "sanne");
        BesprekingStand.Bespreking b = besprekingen.stand(casusId).bespreking();
        besprekingen.naarRonde(b.id(), ronde, b.version());
        return besprekingen.stand(casusId).bespreking();
    }

    @Test
    void the_facilitator_leads_the_rounds_and_everyone_adds_to_the_round_it_belongs_to() {
        BesprekingStand.Bespreking b = gestart();
        assertThat(b.ronde()).isEqualTo(Ronde.INBRENG);
        assertThat(b.ikBenVoorzitter()).isTrue();
        assertThat(b.resterend()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofMinutes(Ronde.INBRENG.standaardMinuten()));

        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> besprekingen.vraagStellen(b.id(), "Wanneer begon het?", false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.bespreking.andere-ronde");
        assertThatThrownBy(() -> besprekingen.naarRonde(b.id(), Ronde.VRAGEN, b.version()))
                .as("only the facilitator moves the rounds").isInstanceOf(AccessDeniedException.class);

        naar(Ronde.VRAGEN);
        Inloggen.als(inlog, "joris");
        besprekingen.vraagStellen(b.id(), "Wanneer begon het?", false);
        Inloggen.als(inlog, "fatima");
        besprekingen.vraagStellen(b.id(), "Hoe is het in de gymles?", false);

        Inloggen.als(inlog, "sanne");
        BesprekingStand stand = besprekingen.stand(casusId);
        assertThat(stand.vragen()).extracting(BesprekingStand.Vraag::tekst)
                .containsExactly("Wanneer begon het?", "Hoe is het in de gymles?");
        assertThat(stand.vragen().getFirst().auteurNaam()).isEqualTo("Joris Bakker");
        BesprekingStand.Vraag eerste = stand.vragen().getFirst();
        besprekingen.beantwoorden(eerste.id(), "Na de herfstvakantie.", eerste.version(), false);
        assertThatThrownBy(() -> besprekingen.beantwoorden(eerste.id(), "Eigenlijk al eerder.", eerste.version(), false))
                .as("an answer saved from a stale read").isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(besprekingen.stand(casusId).vragen().getFirst().antwoord()).isEqualTo("Na de herfstvakantie.");

        Inloggen.als(inlog, "joris");
        BesprekingStand.Vraag vraag = besprekingen.stand(casusId).vragen().getFirst();
        assertThatThrownBy(() -> besprekingen.beantwoorden(vraag.id(), "Ik weet het", vraag.version(), false))
                .as("only the owner answers").isInstanceOf(AccessDeniedException.class);

        naar(Ronde.ANALYSE);
        Inloggen.als(inlog, "joris");
        besprekingen.factorToevoegen(b.id(), Factor.KIND_STIMULEREND, "Wil graag helpen", false);
        besprekingen.factorToevoegen(b.id(), Factor.OMGEVING_BELEMMEREND, "Drukke groep", false);
        assertThatThrownBy(() -> besprekingen.factorToevoegen(b.id(), null, "Zonder soort", false)).isInstanceOf(InvoerFout.class);

        naar(Ronde.IDEEEN);
        Inloggen.als(inlog, "joris");
        besprekingen.ideeToevoegen(b.id(), "Een stappenkaart op tafel", false);
        besprekingen.ideeToevoegen(b.id(), "Samen starten met een maatje", false);

        BesprekingStand.Bespreking afspraken = naar(Ronde.AFSPRAKEN);
        assertThat(afspraken.resterend()).isPositive();
        BesprekingStand.Idee idee = besprekingen.stand(casusId).ideeen().getFirst();
        Inloggen.als(inlog, "joris");
        assertThatThrownBy(() -> besprekingen.afspraakMaken(b.id(), idee.id(), idee.tekst(), LocalDate.now().plusWeeks(6), false))
                .as("the owner chooses").isInstanceOf(AccessDeniedException.class);
        Inloggen.als(inlog, "sanne");
        assertThatThrownBy(() -> besprekingen.afspraakMaken(b.id(), idee.id(), idee.tekst(), LocalDate.now().minusDays(1), false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("veld", "evaluatiedatum");
        besprekingen.afspraakMaken(b.id(), idee.id(), idee.tekst(), LocalDate.now().plusWeeks(6), false);

        BesprekingStand eind = besprekingen.stand(casusId);
        assertThat(eind.factoren()).extracting(BesprekingStand.FactorRegel::factor)
                .containsExactly(Factor.KIND_STIMULEREND, Factor.OMGEVING_BELEMMEREND);
        assertThat(eind.ideeen()).extracting(BesprekingStand.Idee::gekozen).containsExactly(true, false);
        assertThat(eind.afspraken()).singleElement().satisfies(a -> {
            assertThat(a.tekst()).isEqualTo("Een stappenkaart op tafel");
            assertThat(a.teEvalueren()).isFalse();
        });

        BesprekingStand.Bespreking laatste = naar(Ronde.AFSLUITING);
        besprekingen.afronden(laatste.id(), laatste.version());
        assertThat(besprekingen.stand(casusId).lopend()).isFalse();
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.id(), "Te laat", false)).isInstanceOf(InvoerFout.class);
    }

    @Test
    void a_stale_round_change_is_refused_and_the_round_stays() {
        BesprekingStand.Bespreking b = gestart();
        besprekingen.naarRonde(b.id(), Ronde.VRAGEN, b.version());
        assertThatThrownBy(() -> besprekingen.naarRonde(b.id(), Ronde.ANALYSE, b.version()))
                .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(besprekingen.stand(casusId).bespreking().ronde()).isEqualTo(Ronde.VRAGEN);
    }

    @Test
    void one_discussion_runs_per_case_and_a_second_start_joins_it() {
        UUID eerste = gestart().id();
        Inloggen.als(inlog, "joris");
        BesprekingStand stand = besprekingen.starten(casusId);
        assertThat(stand.bespreking().id()).isEqualTo(eerste);
        assertThat(stand.bespreking().ikBenVoorzitter()).isFalse();
        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> besprekingen.starten(casusId)).as("a KC joins, a member leads")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contributions_go_through_the_privacy_guard_and_bad_input_is_refused_clearly() {
        BesprekingStand.Bespreking b = gestart();
        naar(Ronde.IDEEEN);
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.id(), "Vraag BSN 111222333 op", false))
                .isInstanceOf(PrivacyBezwaar.class).satisfies(e -> assertThat(((PrivacyBezwaar) e).blokkerend()).isTrue());
        assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.id(), "Laat Daan naast Mila zitten", false))
                .isInstanceOf(PrivacyBezwaar.class);
        besprekingen.ideeToevoegen(b.id(), "Laat Daan naast Mila zitten", true);
        assertThat(audit.over("CASUS", casusId)).extracting(AuditRegel::actie).contains(nl.leerteam.privacy.AuditActie.PRIVACY_WAARSCHUWING_BEVESTIGD);

        for (String slecht : new String[]{"x".repeat(1_000_001), "met\u0000nul", "on\u200Bzichtbaar", "om\u202Egekeerd", "  "}) {
            assertThatThrownBy(() -> besprekingen.ideeToevoegen(b.id(), slecht, false)).isInstanceOf(InvoerFout.class);
        }
        besprekingen.ideeToevoegen(b.id(), "<script>alert(1)</script><img src=x onerror=alert(2)>", false);
        assertThat(besprekingen.stand(casusId).ideeen()).extracting(BesprekingStand.Idee::tekst)
                .contains("<script>alert(1)</script><img src=x onerror=alert(2)>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lotte", "noor", "b-leerkracht", "b-directeur", "marieke", "annelies"})
    void nobody_outside_the_leerteam_and_its_kcs_reads_or_joins_the_discussion(String persoon) {
        BesprekingStand.Bespreking b = gestart();
        naar(Ronde.VRAGEN);
        Inloggen.als(inlog, persoon);
        assertThatThrownBy(() -> besprekingen.stand(casusId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> besprekingen.vraagStellen(b.id(), "Mag ik meedoen?", false)).isInstanceOf(AccessDeniedException.class);
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
        BesprekingStand.Bespreking vragen = naarNa(gestart());
        assertThat(vragen.rondeMinuten()).isEqualTo(12);

        Inloggen.als(inlog, "fatima");
        assertThatThrownBy(() -> besprekingen.rondeMinutenInstellen(onderbouw, minuten)).isInstanceOf(AccessDeniedException.class);
    }

    private BesprekingStand.Bespreking naarNa(BesprekingStand.Bespreking b) {
        besprekingen.naarRonde(b.id(), Ronde.VRAGEN, b.version());
        return besprekingen.stand(casusId).bespreking();
    }

    @Test
    void the_owner_escalates_after_an_evaluation_that_was_not_enough_and_with_parents_involved_and_the_kc_decides() {
        BesprekingStand.Bespreking b = gestart();
        naar(Ronde.AFSPRAKEN);
        besprekingen.afspraakMaken(b.id(), null, "Dagelijks kort gesprek bij de start", LocalDate.now(), false);
        assertThat(escalaties.escalaties(casusId).escalerenGeweigerd()).isEqualTo("fout.escalatie.ouders");

        CasusDetails casus = casussen.casus(casusId);
        CasusFormulier f = casus.inhoud();
        casussen.wijzigen(casusId, new CasusFormulier(f.pseudoniem(), f.groep(), f.hulpvraag(), f.watZieIk(), f.alGeprobeerd(),
                f.watGaatGoed(), f.watBelemmert(), true, LocalDate.now().minusDays(3), "Thuis ook een stappenkaart.", null,
                f.tags(), f.version()), false);
        assertThatThrownBy(() -> escalaties.escaleren(casusId, "Wat kan ik nog meer doen?", false))
                .isInstanceOf(InvoerFout.class).hasFieldOrPropertyWithValue("berichtKey", "fout.escalatie.evaluatie");

        BesprekingStand.AfspraakRegel afspraak = besprekingen.stand(casusId).afspraken().getFirst();
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
        BesprekingStand.Bespreking b = gestart();
        naar(Ronde.AFSPRAKEN);
        besprekingen.afspraakMaken(b.id(), null, "Vaste startopdracht", LocalDate.now(), false);
        CasusFormulier f = casussen.casus(casusId).inhoud();
        casussen.wijzigen(casusId, new CasusFormulier(f.pseudoniem(), f.groep(), f.hulpvraag(), f.watZieIk(), f.alGeprobeerd(),
                f.watGaatGoed(), f.watBelemmert(), true, LocalDate.now(), "Ouders denken mee.", null, f.tags(), f.version()), false);
        BesprekingStand.AfspraakRegel a = besprekingen.stand(casusId).afspraken().getFirst();
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
